package org.telebarometer.observation;

import java.util.Optional;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.telebarometer.node.Node;
import org.telebarometer.period.Period;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One published value of one series for one period. Links are kept as codes and ids; the GraphQL API resolves
 * them in batches so that a page of observations costs a fixed number of SQL statements.
 */
@Entity
@Table(name = "observation")
@Description("One published value of one series for one period, as read in one publication, with the verbatim "
        + "quote it was read from.")
public class Observation extends PanacheEntityBase implements Node {

    @jakarta.persistence.Id
    @Id
    @NonNull
    @Description("Stable identifier, derived from the publication and what the figure says.")
    public String id;

    @Column(name = "series_key", nullable = false)
    @Ignore
    public String seriesKey;

    @Embedded
    @NonNull
    @Description("The period the value is for.")
    public Period period;

    @Column(name = "obs_value", nullable = false)
    @Description("The value in the metric's unit. For a RANGE, the midpoint of low and high; for AT_LEAST and AT_MOST, "
            + "the bound.")
    public double value;

    @Column(name = "low_value")
    @Description("Lower bound of a RANGE; null otherwise.")
    public Double low;

    @Column(name = "high_value")
    @Description("Upper bound of a RANGE; null otherwise.")
    public Double high;

    @Column(nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    @NonNull
    @Description("How the wording qualifies the value.")
    public Qualifier qualifier;

    @Column(name = "source_code", nullable = false)
    @Ignore
    public String sourceCode;

    @Column(name = "publication_id", nullable = false)
    @Ignore
    public String publicationId;

    @Description("The sentence the value was read from, verbatim, in the publication's language.")
    @Size(max = 4000)
    public String quote;

    @Description("How the wording was read where it needed interpretation (which week \"la semaine dernière\" is, "
            + "why a scope was chosen...); null when the reading is literal.")
    @Size(max = 4000)
    public String note;

    public Observation() {
    }

    /** An observation read for an answer, not managed by any session. */
    public Observation(String id, String seriesKey, Period period, double value, Double low, Double high,
            Qualifier qualifier, String sourceCode, String publicationId, String quote, String note) {
        this.id = id;
        this.seriesKey = seriesKey;
        this.period = period;
        this.value = value;
        this.low = low;
        this.high = high;
        this.qualifier = qualifier;
        this.sourceCode = sourceCode;
        this.publicationId = publicationId;
        this.quote = quote;
        this.note = note;
    }

    /** @return how many observations of the publication were deleted */
    public static long deleteOfPublication(String publicationId) {
        return delete("publicationId", publicationId);
    }

    /** The publication of an observation, read without loading the observation into the request's session. */
    public static Optional<String> publicationIdOf(String observationId) {
        return find("id", observationId).project(PublicationOfObservation.class).firstResultOptional()
                .map(PublicationOfObservation::publicationId);
    }

    @RegisterForReflection
    record PublicationOfObservation(String publicationId) {
    }

    /** Its own id is its global id (lower-case, it never equals an encoded one). */
    @Override
    @Id
    @NonNull
    @Description(Node.ID_DESCRIPTION)
    public String getId() {
        return id;
    }
}
