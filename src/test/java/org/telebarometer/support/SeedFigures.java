package org.telebarometer.support;

import java.util.List;
import java.util.function.Predicate;

/**
 * The figures of the two seed documents, as the tests expect them to be served: written here by hand from the
 * documents, independently of the dataset files.
 */
public final class SeedFigures {

    public static final String CNAM = "cnam-2020-03-31";
    public static final String MIND = "gers-mind-2020-11-24";
    public static final List<String> PUBLICATIONS = List.of(CNAM, MIND);

    public record Figure(String publication, String metric, String specialty, String period, String source,
            double value, String qualifier, Double low, Double high) {

        Figure(String publication, String metric, String specialty, String period, String source, double value,
                String qualifier) {
            this(publication, metric, specialty, period, source, value, qualifier, null, null);
        }

        public String seriesKey() {
            return metric + "." + specialty + ".FR";
        }
    }

    public static final List<Figure> ALL = List.of(
            new Figure(CNAM, "TELECONSULTATIONS", "ALL", "2020-W13", "ASSURANCE_MALADIE", 486369, "EXACT"),
            new Figure(CNAM, "TELECONSULTATIONS", "ALL", "2019-12-30/2020-03-08", "ASSURANCE_MALADIE", 10000, "AT_MOST"),
            new Figure(CNAM, "TELECONSULTATIONS", "ALL", "2020-W12", "ASSURANCE_MALADIE", 80000, "EXACT"),
            new Figure(CNAM, "TELECONSULTATION_SHARE", "ALL", "2020-W13", "ASSURANCE_MALADIE", 11, "AT_LEAST"),
            new Figure(CNAM, "TELECONSULTATION_SHARE", "ALL", "2019-01-01/2020-03-15", "ASSURANCE_MALADIE", 1, "AT_MOST"),
            new Figure(CNAM, "PRACTITIONERS", "ALL", "2020-W13", "ASSURANCE_MALADIE", 29000, "APPROXIMATE"),
            new Figure(CNAM, "PRACTITIONER_SHARE", "ALL", "2020-W13", "ASSURANCE_MALADIE", 33.3, "APPROXIMATE"),
            new Figure(CNAM, "PRACTITIONER_SHARE", "ALL", "2020-W12", "ASSURANCE_MALADIE", 7.6, "EXACT"),
            new Figure(CNAM, "PRACTITIONER_SHARE", "GENERAL_PRACTICE", "2020-W13", "ASSURANCE_MALADIE", 44, "EXACT"),
            new Figure(CNAM, "PRACTITIONER_SHARE", "GENERAL_PRACTICE", "2020-W12", "ASSURANCE_MALADIE", 11, "EXACT"),
            new Figure(CNAM, "TREATING_PHYSICIAN_SHARE", "ALL", "2020-W13", "ASSURANCE_MALADIE", 81, "EXACT"),
            new Figure(CNAM, "THIRD_PARTY_PAYMENT_SHARE", "ALL", "2020-W13", "ASSURANCE_MALADIE", 75, "EXACT"),
            new Figure(CNAM, "THIRD_PARTY_PAYMENT_SHARE", "ALL", "2020-03-02/2020-03-22", "ASSURANCE_MALADIE", 40, "EXACT"),
            new Figure(MIND, "TELECONSULTATION_SHARE", "GENERAL_PRACTICE", "2020-09", "GERS_DATA", 4, "APPROXIMATE"),
            new Figure(MIND, "TELECONSULTATION_SHARE", "GENERAL_PRACTICE", "2019-01-01/2020-03-15", "GERS_DATA", 0.1, "AT_MOST"),
            new Figure(MIND, "TELECONSULTATION_SHARE", "GENERAL_PRACTICE", "2020-W13", "GERS_DATA", 27, "EXACT"),
            new Figure(MIND, "TELECONSULTATIONS", "ALL", "2020-W01", "ASSURANCE_MALADIE", 3700, "EXACT"),
            new Figure(MIND, "TELECONSULTATIONS", "ALL", "2020-W13", "ASSURANCE_MALADIE", 1000000, "AT_LEAST"),
            new Figure(MIND, "TELECONSULTATION_SHARE", "GENERAL_PRACTICE", "2020-03-30/2020-04-15", "GERS_DATA", 26,
                    "RANGE", 25.0, 27.0),
            new Figure(MIND, "TELECONSULTATIONS", "ALL", "2020-W20", "ASSURANCE_MALADIE", 950000, "EXACT"),
            new Figure(MIND, "TELECONSULTATIONS", "ALL", "2020-05-18/2020-05-31", "ASSURANCE_MALADIE", 650000, "EXACT"),
            new Figure(MIND, "TELECONSULTATION_SHARE", "GENERAL_PRACTICE", "2020-07-01/2020-10-29", "GERS_DATA", 4, "APPROXIMATE"),
            new Figure(MIND, "TELECONSULTATION_SHARE", "GENERAL_PRACTICE", "2020-W45", "GERS_DATA", 10, "EXACT"),
            new Figure(MIND, "TELECONSULTATIONS", "GENERAL_PRACTICE", "2020-10", "GERS_DATA", 340000, "APPROXIMATE"),
            new Figure(MIND, "TELECONSULTATION_SHARE", "SPECIALISTS", "2020-W44", "GERS_DATA", 3, "EXACT"),
            new Figure(MIND, "TELECONSULTATION_SHARE", "SPECIALISTS", "2020-W45", "GERS_DATA", 4, "EXACT"));

    private SeedFigures() {
    }

    public static int count(Predicate<Figure> predicate) {
        return (int) ALL.stream().filter(predicate).count();
    }
}
