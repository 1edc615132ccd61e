package org.telebarometer.period;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
@Table(name = "named_period")
@Cacheable
@Description("A period known by name, such as a lockdown; pass its code as `during` to select the observations that "
        + "overlap it.")
public class NamedPeriod extends PanacheEntityBase implements Node {

    @jakarta.persistence.Id
    @Id
    @NonNull
    @Description("Stable code, e.g. FIRST_LOCKDOWN.")
    public String code;

    @NonNull
    @Description("Human-readable name, in the request's language (Accept-Language or @inContext).")
    @Size(max = 300)
    @Translated(french = "labelFr")
    public String label;

    /** The French text of {@link #label}, served by {@link #label} to a request in French. */
    @Column(name = "label_fr")
    @Ignore
    @Size(max = 300)
    public String labelFr;

    @Column(name = "start_date", nullable = false)
    @NonNull
    @Description("First day of the period.")
    public LocalDate start;

    @Column(name = "end_date", nullable = false)
    @NonNull
    @Description("Last day of the period (included).")
    public LocalDate end;

    @Description("What the period was and where its dates come from, in the request's language.")
    @Size(max = 4000)
    @Translated(french = "descriptionFr")
    public String description;

    /** The French text of {@link #description}, served by {@link #description} to a request in French. */
    @Column(name = "description_fr")
    @Ignore
    @Size(max = 4000)
    public String descriptionFr;

    @Override
    @Id
    @NonNull
    @Description(Node.ID_DESCRIPTION)
    public String getId() {
        return NodeId.of(NodeType.NamedPeriod, code);
    }

    public static List<NamedPeriod> listByStart() {
        return list("order by start, code");
    }
}
