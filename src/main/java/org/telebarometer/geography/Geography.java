package org.telebarometer.geography;

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
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.telebarometer.language.Translated;
import org.telebarometer.node.Node;
import org.telebarometer.node.NodeId;
import org.telebarometer.node.NodeType;

@Entity
@Table(name = "geography")
@Cacheable
@Description("The area a series covers: FR for France as a whole.")
public class Geography extends PanacheEntityBase implements Node {

    @jakarta.persistence.Id
    @Id
    @NonNull
    @Description("Stable code, e.g. FR.")
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

    @Column(nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    @NonNull
    @Description("Administrative level.")
    public GeographyLevel level;

    @Column(name = "parent_code")
    @Ignore
    public String parentCode;

    @Override
    @Id
    @NonNull
    @Description(Node.ID_DESCRIPTION)
    public String getId() {
        return NodeId.of(NodeType.Geography, code);
    }

    public static List<Geography> listByCode() {
        return list("order by code");
    }
}
