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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "organization")
@Cacheable
@Description("An organisation that produces figures (the source of an observation) or publishes them (the publisher "
        + "of a publication), or both.")
public class Organization extends PanacheEntityBase {

    @jakarta.persistence.Id
    @Id
    @NonNull
    @Description("Stable code, e.g. ASSURANCE_MALADIE.")
    public String code;

    @NonNull
    @Description("Name of the organisation.")
    @Size(max = 300)
    public String name;

    @Column(nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    @NonNull
    @Description("What kind of body it is.")
    public OrganizationKind kind;

    @Description("Home page, when known.")
    @Size(max = 1000)
    public String url;

    public static List<Organization> listByCode() {
        return list("order by code");
    }
}
