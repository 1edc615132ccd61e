package org.telebarometer.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * A publication input that passed validation, with its dates and observations parsed.
 */
public record ValidatedPublication(String id, String publisher, String title, LocalDate publishedOn,
        LocalDate updatedOn, List<String> authors, String language, String url, String note,
        List<ValidatedObservation> observations) {
}
