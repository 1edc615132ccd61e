package org.telebarometer.importing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.observation.Observation;
import org.telebarometer.publication.Publication;


/**
 * Corrects one figure of a publication, checked by the same rules as an import, in the publication's lock.
 */
@ApplicationScoped
public class ObservationCorrector {

    private final PublicationImporter importer;

    public ObservationCorrector(PublicationImporter importer) {
        this.importer = importer;
    }

    /**
     * @return the id of the corrected observation (unchanged)
     * @throws InvalidPublicationException listing every problem of the corrected figure; nothing is then written
     */
    public String correct(String observationId, ObservationPatch patch, String actor) {
        String publicationId = Observation.publicationIdOf(observationId).orElseThrow(() -> unknown(observationId));
        // Everything else happens in the write transaction, in the publication's lock, on fresh rows.
        return importer.withRetries(publicationId, () -> {
            Publication publication = PublicationImporter.lock(publicationId);
            Observation observation = Observation.findById(observationId);
            if (publication == null || observation == null) {
                throw unknown(observationId);
            }
            ValidatedObservation corrected = PublicationValidator.validateObservation(publicationId, "patch",
                    patch.applyTo(asInput(observation)), ReferenceCodes.load());
            requireNoTwin(observationId, publicationId, corrected);
            PublicationImporter.createMissingSeries(List.of(corrected));
            PublicationImporter.copy(corrected, observation);
            // The stored content no longer matches any imported file: the next import of one replaces the publication.
            publication.contentHash = "corrected-" + UUID.randomUUID();
            publication.recordChange(actor, OffsetDateTime.now(ZoneOffset.UTC));
            return observationId;
        });
    }

    private static ApiException unknown(String observationId) {
        return new ApiException(ErrorCode.UNKNOWN_OBSERVATION, "There is no observation '" + observationId + "'.");
    }

    private static void requireNoTwin(String observationId, String publicationId, ValidatedObservation corrected) {
        Observation twin = Observation.findById(corrected.idIn(publicationId));
        if (twin != null && !twin.id.equals(observationId)) {
            throw new InvalidPublicationException(publicationId, List.of(new ImportProblem("patch",
                    ErrorCode.DUPLICATE_OBSERVATION, "The publication already has this figure: observation "
                            + twin.id + ".")));
        }
    }

    private static ObservationInput asInput(Observation observation) {
        return new ObservationInput(observation.seriesKey, observation.period.label(), observation.value,
                observation.low, observation.high, observation.qualifier, observation.sourceCode, observation.quote,
                observation.note);
    }
}
