package org.telebarometer.series;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SeriesFilter")
@Description("Selects series by their dimensions. Every field given narrows the selection; within a list, any value "
        + "matches.")
public class SeriesFilter {

    @Description("Metric codes, e.g. [\"TELECONSULTATION_SHARE\"].")
    public List<@NonNull String> metric;

    @Description("Specialty codes, e.g. [\"GENERAL_PRACTICE\"].")
    public List<@NonNull String> specialty;

    @DefaultValue("false")
    @Description("When true, a specialty also matches the specialties under it.")
    public Boolean includeDescendants;

    @Description("Geography codes, e.g. [\"FR\"].")
    public List<@NonNull String> geography;

    @Description("Population codes, e.g. [\"WOMEN\"]; ALL is the series about everyone.")
    public List<@NonNull String> population;
}
