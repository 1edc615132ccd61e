package org.telebarometer.support;

import java.util.ArrayList;
import java.util.List;

import org.telebarometer.importing.ObservationInput;
import org.telebarometer.importing.PublicationInput;
import org.telebarometer.observation.Qualifier;
import org.telebarometer.period.Period;

/**
 * Valid publications of any size, for import tests: weekly counts of the existing series, week after week from 2010.
 */
public final class GeneratedPublications {

    /** Count series that the shipped dataset already has, so that tests leave no new series behind. */
    private static final List<String> SERIES = List.of("TELECONSULTATIONS.ALL.FR", "TELECONSULTATIONS.GENERAL_PRACTICE.FR",
            "PRACTITIONERS.ALL.FR", "PRACTITIONERS.GENERAL_PRACTICE.FR", "TELECONSULTATIONS_TOTAL.ALL.FR");

    private GeneratedPublications() {
    }

    /** A publication of {@code size} figures whose values all start from {@code base}. */
    public static PublicationInput publication(String id, String title, int size, double base) {
        List<ObservationInput> figures = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int week = i / SERIES.size();
            Period period = Period.week(2010 + week / 52, week % 52 + 1);
            figures.add(new ObservationInput(SERIES.get(i % SERIES.size()), period.label(), base + (i % 50),
                    null, null, Qualifier.EXACT, "ASSURANCE_MALADIE", "Figure " + i + " of " + title, null));
        }
        return new PublicationInput(id, "ASSURANCE_MALADIE", title, "2021-06-01", null, List.of("A. Tester"), "fr",
                null, null, figures);
    }
}
