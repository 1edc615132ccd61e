package org.telebarometer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telebarometer.metric.Aggregation;
import org.telebarometer.period.Period;

class ComparablePeriodsTest {

    @Test
    void ratesCompareWhenTheyShareHalfOfTheLongerPeriod() {
        assertThat(comparable("2020-W13", "2020-03-23/2020-03-31", Aggregation.MEAN)).isTrue();
        assertThat(comparable("2020-W13", "2020-W13", Aggregation.MEAN)).isTrue();
        assertThat(comparable("2020-W15", "2020-04", Aggregation.MEAN)).isFalse();
        assertThat(comparable("2020-W21/2020-W22", "2020-W22", Aggregation.MEAN)).isTrue();
        assertThat(comparable("2020-W12", "2020-W13", Aggregation.MEAN)).isFalse();
    }

    @Test
    void totalsCompareOnlyForTheSamePeriod() {
        assertThat(comparable("2020", "2020-01-01/2020-12-31", Aggregation.SUM)).isTrue();
        assertThat(comparable("2020", "2020-03-16/2020-11-29", Aggregation.SUM)).isFalse();
    }

    @Test
    void countsOverlapDaysBothEndsIncluded() {
        assertThat(ComparablePeriods.overlapDays(Period.parse("2020-W14"), Period.parse("2020-03"))).isEqualTo(2);
        assertThat(ComparablePeriods.overlapDays(Period.parse("2020-W14"), Period.parse("2020-04"))).isEqualTo(5);
        assertThat(ComparablePeriods.overlapDays(Period.parse("2020-W12"), Period.parse("2020-W13"))).isZero();
    }

    private static boolean comparable(String first, String second, Aggregation aggregation) {
        return ComparablePeriods.comparable(Period.parse(first), Period.parse(second), aggregation);
    }
}
