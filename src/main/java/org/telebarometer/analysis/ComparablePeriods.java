package org.telebarometer.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.telebarometer.metric.Aggregation;
import org.telebarometer.period.Period;

/**
 * When two figures of a series are about the same thing, so that they can disagree. Totals must cover the very same
 * period; rates and levels periods that overlap on at least half of the longer one (a week and the nine days
 * 23–31 March; not a week and its month).
 */
final class ComparablePeriods {

    private ComparablePeriods() {
    }

    static boolean comparable(Period first, Period second, Aggregation aggregation) {
        if (aggregation == Aggregation.SUM) {
            return first.start().equals(second.start()) && first.end().equals(second.end());
        }
        return 2 * overlapDays(first, second) >= Math.max(first.days(), second.days());
    }

    static long overlapDays(Period first, Period second) {
        LocalDate start = first.start().isAfter(second.start()) ? first.start() : second.start();
        LocalDate end = first.end().isBefore(second.end()) ? first.end() : second.end();
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }
}
