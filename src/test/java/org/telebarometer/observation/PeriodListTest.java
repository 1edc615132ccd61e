package org.telebarometer.observation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodListTest {

    private static PeriodList of(String... bounds) {
        PeriodList list = new PeriodList();
        for (int i = 0; i < bounds.length; i += 2) {
            list.add(LocalDate.parse(bounds[i]), LocalDate.parse(bounds[i + 1]));
        }
        return list;
    }

    @Test
    void consecutivePeriodsDoNotOverlap() {
        assertFalse(of("2020-03-09", "2020-03-15", "2020-03-02", "2020-03-08", "2020-03-16", "2020-03-22").overlap());
    }

    @Test
    void theSamePeriodTwiceOverlaps() {
        assertTrue(of("2020-03-09", "2020-03-15", "2020-03-09", "2020-03-15").overlap());
    }

    @Test
    void aWeekInsideAMonthOverlapsWhicheverComesFirst() {
        assertTrue(of("2020-04-06", "2020-04-12", "2020-04-01", "2020-04-30").overlap());
        assertTrue(of("2020-04-01", "2020-04-30", "2020-04-06", "2020-04-12").overlap());
    }

    @Test
    void aPeriodStartingAfterALongOneEndedIsFound() {
        assertTrue(of("2020-01-01", "2020-12-31", "2020-02-01", "2020-02-29", "2020-06-01", "2020-06-07").overlap());
        assertFalse(of("2020-01-01", "2020-01-31", "2020-02-01", "2020-02-29").overlap());
    }

    @Test
    void datesBeforeNineteenSeventyAndOneDayPeriodsCount() {
        assertTrue(of("1969-12-31", "1969-12-31", "1969-12-31", "1969-12-31").overlap());
        assertFalse(of("1969-12-30", "1969-12-30", "1969-12-31", "1969-12-31").overlap());
        assertFalse(of("2020-01-01", "2020-01-01").overlap());
    }
}
