package org.telebarometer.importing;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A publication and all its figures, as written in a dataset file under {@code dataset/publications}.
 * Dates are ISO text, checked by {@link PublicationValidator}; unknown title, date or URL stay null.
 */
@RegisterForReflection
public record PublicationInput(String id, String publisher, String title, String publishedOn, String updatedOn,
        List<String> authors, String language, String url, String note, List<ObservationInput> observations) {

    public PublicationInput {
        authors = authors == null ? List.of() : List.copyOf(authors);
        observations = observations == null ? List.of() : List.copyOf(observations);
    }
}
