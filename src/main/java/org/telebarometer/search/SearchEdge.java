package org.telebarometer.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SearchEdge")
@Description("A search hit and its cursor.")
public record SearchEdge(
        @NonNull @Description("Opaque position of this hit; pass it as `after` to read what follows.") String cursor,
        @NonNull @Description("The hit.") SearchHit node) {
}
