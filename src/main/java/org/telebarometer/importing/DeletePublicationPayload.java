package org.telebarometer.importing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DeletePublicationPayload")
@Description("What deletePublication did.")
public record DeletePublicationPayload(
        @NonNull @Id @Description("The id of the deleted publication.") String id,
        @Description("How many observations were deleted with it.") int observationsDeleted) {
}
