package org.telebarometer.population;

import java.util.List;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.telebarometer.language.Translated;
import org.telebarometer.node.Node;
import org.telebarometer.node.NodeId;
import org.telebarometer.node.NodeType;

@Entity
@Table(name = "population")
@Cacheable
@Description("The group of people a figure is about: ALL (everyone: all patients, all residents) or a group of "
        + "patients or residents (an age band, women, patients without a treating physician). Groups of providers are "
        + "specialties; places are geographies.")
public class Population extends PanacheEntityBase implements Node {

    @jakarta.persistence.Id
    @Id
    @NonNull
    @Description("Stable code, e.g. AGED_18_29.")
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

    @Column(name = "parent_code")
    @Ignore
    public String parentCode;

    @Override
    @Id
    @NonNull
    @Description(Node.ID_DESCRIPTION)
    public String getId() {
        return NodeId.of(NodeType.Population, code);
    }

    public static List<Population> listByCode() {
        return list("order by code");
    }
}
