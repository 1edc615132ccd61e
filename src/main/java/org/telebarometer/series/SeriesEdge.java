package org.telebarometer.series;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SeriesEdge")
@Description("A series and its cursor.")
public record SeriesEdge(
        @NonNull @Description("Opaque position of this series; pass it as `after` to read what follows.") String cursor,
        @NonNull @Description("The series.") Series node) {
}
