package org.telebarometer.observation;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.AdaptToScalar;
import io.smallrye.graphql.api.Scalar;

/**
 * The slicing arguments of {@code observations}. Dates arrive as text so that a bad one gets a coded error.
 */
@Input("ObservationFilter")
@Description("Selects observations. Every field given narrows the selection (AND); within a list, any value matches "
        + "(OR). An omitted or empty field does not filter.")
public class ObservationFilter {

    @Description("Metric codes, e.g. [\"TELECONSULTATIONS\"]. See `metrics`.")
    public List<@NonNull String> metric;

    @Description("Specialty codes, e.g. [\"GENERAL_PRACTICE\"]. See `specialties`.")
    public List<@NonNull String> specialty;

    @DefaultValue("false")
    @Description("When true, a specialty also matches the specialties under it (SPECIALISTS matches PSYCHIATRY...). "
            + "When false, only observations filed under exactly that specialty match.")
    public Boolean includeDescendants;

    @Description("Geography codes, e.g. [\"FR\"]. See `geographies`.")
    public List<@NonNull String> geography;

    @Description("Population codes, e.g. [\"WOMEN\"]: the group of people the figures are about; ALL is everyone. "
            + "See `populations`.")
    public List<@NonNull String> population;

    @Description("Series keys, e.g. [\"TELECONSULTATIONS.ALL.FR\"].")
    public List<@NonNull String> series;

    @Description("Codes of the organisations that produced the figures, e.g. [\"GERS_DATA\"].")
    public List<@NonNull String> source;

    @Description("Codes of the organisations that published the documents the figures were read in, e.g. "
            + "[\"MIND_HEALTH\"].")
    public List<@NonNull String> publisher;

    @Description("Publication ids, e.g. [\"cnam-2020-03-31\"].")
    @Id
    public List<@NonNull String> publication;

    @AdaptToScalar(Scalar.Date.class)
    @Description("Keeps observations whose period ends on or after this day (ISO-8601, e.g. 2020-03-01).")
    public String from;

    @AdaptToScalar(Scalar.Date.class)
    @Description("Keeps observations whose period starts on or before this day (ISO-8601, e.g. 2020-05-31).")
    public String to;

    @Description("Code of a named period, e.g. FIRST_LOCKDOWN: keeps observations whose period overlaps it. "
            + "See `namedPeriods`.")
    public String during;

    @Description("Qualifiers to keep, e.g. [EXACT] for exact figures only.")
    public List<@NonNull Qualifier> qualifier;

    @AdaptToScalar(Scalar.Date.class)
    @Description("What was known on this day: keeps the figures of publications published on or before it, as they "
            + "were published (later revisions are left out). Publications of unknown date are left out too.")
    public String asOf;
}
