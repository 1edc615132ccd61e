package org.telebarometer.specialty;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.telebarometer.graphql.Batches;

@GraphQLApi
public class SpecialtyApi {

    @Query("specialties")
    @NonNull
    @Description("Every specialty, by code. Use `parent` and `children` to walk the tree.")
    public List<@NonNull Specialty> specialties() {
        return Specialty.listByCode();
    }

    @Query("specialty")
    @Description("One specialty by code; null when there is none.")
    public Specialty specialty(@Name("code") @NonNull @Description("The specialty's code, e.g. PSYCHIATRY.") String code) {
        return Specialty.findById(code);
    }

    @Description("The group this specialty belongs to; null for ALL.")
    public List<Specialty> parent(@Source List<Specialty> specialties) {
        return Batches.resolve(specialties, s -> s.parentCode, Specialty.class);
    }

    @NonNull
    @Description("The specialties directly under this one.")
    public List<@NonNull List<@NonNull Specialty>> children(@Source List<Specialty> specialties) {
        return Batches.childrenOf(specialties, Specialty.listByCode(), s -> s.code, s -> s.parentCode);
    }
}
