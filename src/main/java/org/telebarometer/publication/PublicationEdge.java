package org.telebarometer.publication;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PublicationEdge")
@Description("A publication and its cursor.")
public record PublicationEdge(
        @NonNull @Description("Opaque position of this publication; pass it as `after` to read what follows.") String cursor,
        @NonNull @Description("The publication.") Publication node) {
}
