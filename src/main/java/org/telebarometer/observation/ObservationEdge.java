package org.telebarometer.observation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ObservationEdge")
@Description("An observation and its cursor.")
public record ObservationEdge(
        @NonNull @Description("Opaque position of this observation; pass it as `after` to read what follows.") String cursor,
        @NonNull @Description("The observation.") Observation node) {
}
