package org.telebarometer.metric;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class MetricApi {

    @Query("metrics")
    @NonNull
    @Description("Every metric, by code.")
    public List<@NonNull Metric> metrics() {
        return Metric.listByCode();
    }

    @Query("metric")
    @Description("One metric by code; null when there is none.")
    public Metric metric(@Name("code") @NonNull @Description("The metric's code, e.g. TELECONSULTATIONS.") String code) {
        return Metric.findById(code);
    }
}
