package org.telebarometer.importing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.telebarometer.observation.Observation;
import org.telebarometer.publication.Publication;
import org.telebarometer.security.Editors;

/**
 * The editors' mutations. Each needs an editor's token; each is all or nothing.
 */
@GraphQLApi
public class ImportApi {

    private final Editors editors;
    private final PublicationImporter importer;
    private final ObservationCorrector corrector;

    public ImportApi(Editors editors, PublicationImporter importer, ObservationCorrector corrector) {
        this.editors = editors;
        this.importer = importer;
        this.corrector = corrector;
    }

    @Mutation("importPublication")
    @NonNull
    @Description("Creates a publication with all its figures, or replaces an existing one as one unit; importing the "
            + "same content again changes nothing. Every problem of the input is reported at once (extensions.problems: "
            + "path, code, message) and then nothing is written. Needs an editor's token.")
    public ImportPublicationPayload importPublication(
            @Name("input") @NonNull @Description("The publication, in the shape of a dataset file.") PublicationInput input) {
        String editor = editors.requireEditor();
        ImportOutcome outcome = importer.importPublication(input, editor);
        return new ImportPublicationPayload(outcome, Publication.findById(input.id()));
    }

    @Mutation("deletePublication")
    @NonNull
    @Description("Deletes a publication and all its figures. Needs an editor's token.")
    public DeletePublicationPayload deletePublication(
            @Name("id") @NonNull @Id @Description("The publication's id.") String id) {
        editors.requireEditor();
        return new DeletePublicationPayload(id, importer.deletePublication(id));
    }

    @Mutation("updateObservation")
    @NonNull
    @Description("Corrects one figure, checked by the same rules as an import. Its publication records who changed "
            + "it and when. A later import of the publication replaces it, corrections included. Needs an editor's token.")
    public Observation updateObservation(
            @Name("id") @NonNull @Id @Description("The observation's id.") String id,
            @Name("patch") @NonNull @Description("The fields to change.") ObservationPatch patch) {
        String editor = editors.requireEditor();
        return Observation.findById(corrector.correct(id, patch, editor));
    }
}
