package org.telebarometer.analysis;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DiscrepancyEdge")
@Description("A discrepancy and its cursor.")
public record DiscrepancyEdge(
        @NonNull @Description("Opaque position of this discrepancy; pass it as `after` to read what follows.") String cursor,
        @NonNull @Description("The discrepancy.") Discrepancy node) {
}
