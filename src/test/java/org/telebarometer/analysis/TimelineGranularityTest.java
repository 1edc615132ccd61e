package org.telebarometer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telebarometer.period.Period;

class TimelineGranularityTest {

    @ParameterizedTest
    @CsvSource({
            "WEEK, 2020-03-28, 2020-W13, 2020-W14, 2020-W12",
            "WEEK, 2021-01-01, 2020-W53, 2021-W01, 2020-W52",
            "MONTH, 2020-03-28, 2020-03, 2020-04, 2020-02",
            "MONTH, 2020-12-31, 2020-12, 2021-01, 2020-11",
            "QUARTER, 2020-03-28, 2020-Q1, 2020-Q2, 2019-Q4",
            "YEAR, 2020-03-28, 2020, 2021, 2019" })
    void findsTheBucketOfADayAndItsNeighbours(TimelineGranularity granularity, LocalDate day, String bucket,
            String next, String previous) {
        Period found = granularity.bucketOf(day);

        assertThat(found.label()).isEqualTo(bucket);
        assertThat(granularity.shift(found, 1).label()).isEqualTo(next);
        assertThat(granularity.shift(found, -1).label()).isEqualTo(previous);
    }
}
