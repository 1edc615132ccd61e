package org.telebarometer.importing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.telebarometer.publication.Publication;

@Type("ImportPublicationPayload")
@Description("What importPublication did.")
public record ImportPublicationPayload(
        @NonNull @Description("CREATED, REPLACED, or UNCHANGED when the same content was already there.") ImportOutcome outcome,
        @NonNull @Description("The publication as it now stands.") Publication publication) {
}
