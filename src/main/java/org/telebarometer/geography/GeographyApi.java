package org.telebarometer.geography;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.telebarometer.graphql.Batches;

@GraphQLApi
public class GeographyApi {

    @Query("geographies")
    @NonNull
    @Description("Every geography, by code.")
    public List<@NonNull Geography> geographies() {
        return Geography.listByCode();
    }

    @Description("The geography this one lies in; null for a country.")
    public List<Geography> parent(@Source List<Geography> geographies) {
        return Batches.resolve(geographies, g -> g.parentCode, Geography.class);
    }
}
