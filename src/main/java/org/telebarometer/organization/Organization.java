package org.telebarometer.organization;

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

import org.telebarometer.language.Language;
import org.telebarometer.language.Translated;
import org.telebarometer.node.Node;
import org.telebarometer.node.NodeId;
import org.telebarometer.node.NodeType;

@Entity
@Table(name = "organization")
@Cacheable
@Description("An organisation that produces figures (the source of an observation) or publishes them (the publisher "
        + "of a publication), or both.")
public class Organization extends PanacheEntityBase implements Node {

    @jakarta.persistence.Id
    @Id
    @NonNull
    @Description("Stable code, e.g. ASSURANCE_MALADIE.")
    public String code;

    @NonNull
    @Description("Name of the organisation, in the request's language where it differs (Accept-Language or "
            + "@inContext).")
    @Size(max = 300)
    @Translated(french = "nameFr")
    public String name;

    /** The French text of {@link #name}; null for an organisation whose name is the same in both. */
    @Column(name = "name_fr")
    @Ignore
    @Size(max = 300)
    public String nameFr;

    @Column(nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    @NonNull
    @Description("What kind of body it is.")
    public OrganizationKind kind;

    @Description("Home page, when known.")
    @Size(max = 1000)
    public String url;

    /** The name in a language (the English one where it is the same in French). */
    public String nameIn(Language language) {
        return language.pick(name, nameFr);
    }

    @Override
    @Id
    @NonNull
    @Description(Node.ID_DESCRIPTION)
    public String getId() {
        return NodeId.of(NodeType.Organization, code);
    }

    public static List<Organization> listByCode() {
        return list("order by code");
    }
}
