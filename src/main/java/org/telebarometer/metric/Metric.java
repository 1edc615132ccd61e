package org.telebarometer.metric;

import java.util.List;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Ignore;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.telebarometer.language.Translated;
import org.telebarometer.node.Node;
import org.telebarometer.node.NodeId;
import org.telebarometer.node.NodeType;

@Entity
@Table(name = "metric")
@Cacheable
@Description("What is measured, e.g. the number of teleconsultations billed in a week. Codes are a contract.")
public class Metric extends PanacheEntityBase implements Node {

    @jakarta.persistence.Id
    @Id
    @NonNull
    @Description("Stable code, e.g. TELECONSULTATIONS.")
    public String code;

    @NonNull
    @Description("Short name, in the request's language (Accept-Language or @inContext).")
    @Size(max = 300)
    @Translated(french = "nameFr")
    public String name;

    /** The French text of {@link #name}, served by {@link #name} to a request in French. */
    @Column(name = "name_fr")
    @Ignore
    @Size(max = 300)
    public String nameFr;

    @Column(nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    @NonNull
    @Description("Unit of the values.")
    public MetricUnit unit;

    @Column(nullable = false, length = 8)
    @Enumerated(EnumType.STRING)
    @NonNull
    @Description("How values combine into a longer period (in timelines).")
    public Aggregation aggregation = Aggregation.MEAN;

    @NonNull
    @Description("Exact definition: what is counted, over which population, and how a period longer than the metric's "
            + "natural unit is read; in the request's language.")
    @Size(max = 4000)
    @Translated(french = "definitionFr")
    public String definition;

    /** The French text of {@link #definition}, served by {@link #definition} to a request in French. */
    @Column(name = "definition_fr")
    @Ignore
    @Size(max = 4000)
    public String definitionFr;

    @Override
    @Id
    @NonNull
    @Description(Node.ID_DESCRIPTION)
    public String getId() {
        return NodeId.of(NodeType.Metric, code);
    }

    public static List<Metric> listByCode() {
        return list("order by code");
    }
}
