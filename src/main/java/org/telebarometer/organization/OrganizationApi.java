package org.telebarometer.organization;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class OrganizationApi {

    @Query("organizations")
    @NonNull
    @Description("Every organisation, producer or publisher, by code.")
    public List<@NonNull Organization> organizations() {
        return Organization.listByCode();
    }

    @Query("organization")
    @Description("One organisation by code; null when there is none.")
    public Organization organization(
            @Name("code") @NonNull @Description("The organisation's code, e.g. GERS_DATA.") String code) {
        return Organization.findById(code);
    }
}
