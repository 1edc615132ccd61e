package org.telebarometer.analysis;

import org.telebarometer.observation.Observation;
import org.telebarometer.observation.Qualifier;
import org.telebarometer.period.Period;

/**
 * Observations built in memory for the analysis unit tests.
 */
final class Figures {

    private static int next;

    private Figures() {
    }

    static Observation figure(String publication, String period, Qualifier qualifier, double value) {
        Observation observation = new Observation();
        observation.id = "o" + next++;
        observation.publicationId = publication;
        observation.seriesKey = "TELECONSULTATIONS.ALL.FR";
        observation.period = Period.parse(period);
        observation.qualifier = qualifier;
        observation.value = value;
        return observation;
    }

    static Observation range(String publication, String period, double low, double high) {
        Observation observation = figure(publication, period, Qualifier.RANGE, (low + high) / 2);
        observation.low = low;
        observation.high = high;
        return observation;
    }
}
