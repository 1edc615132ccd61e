package org.telebarometer.geography;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.telebarometer.graphql.TranslatesErrors;

@GraphQLApi
@TranslatesErrors
public class GeographyApi {

    @Query("geographies")
    @NonNull
    @Description("Every geography, by code.")
    public List<@NonNull Geography> geographies() {
        return Geography.listByCode();
    }
}
