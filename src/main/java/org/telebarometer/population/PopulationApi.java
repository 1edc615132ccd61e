package org.telebarometer.population;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.telebarometer.graphql.Batches;

@GraphQLApi
public class PopulationApi {

    @Query("populations")
    @NonNull
    @Description("Every population (group of people a figure is about), by code. Use `parent` and `children` to walk "
            + "the tree.")
    public List<@NonNull Population> populations() {
        return Population.listByCode();
    }

    @Query("population")
    @Description("One population by code; null when there is none.")
    public Population population(@Name("code") @NonNull @Description("The population's code, e.g. WOMEN.") String code) {
        return Population.findById(code);
    }

    @Description("The larger group this one belongs to; null for ALL.")
    public List<Population> parent(@Source List<Population> populations) {
        return Batches.resolve(populations, p -> p.parentCode, Population.class);
    }

    @NonNull
    @Description("The groups directly under this one.")
    public List<@NonNull List<@NonNull Population>> children(@Source List<Population> populations) {
        return Batches.childrenOf(populations, Population.listByCode(), p -> p.code, p -> p.parentCode);
    }
}
