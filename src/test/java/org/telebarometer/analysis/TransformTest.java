package org.telebarometer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransformTest {

    @Test
    void levelIsTheLevel() {
        assertThat(Transform.LEVEL.apply(5.0, null)).isEqualTo(5.0);
        assertThat(Transform.LEVEL.lookback(TimelineGranularity.MONTH)).isZero();
    }

    @Test
    void changesCompareWithTheBucketBefore() {
        assertThat(Transform.CHANGE.apply(250.0, 200.0)).isEqualTo(50.0);
        assertThat(Transform.PERCENT_CHANGE.apply(250.0, 200.0)).isEqualTo(25.0);
        assertThat(Transform.CHANGE.lookback(TimelineGranularity.WEEK)).isEqualTo(1);
    }

    @Test
    void yearOnYearLooksOneYearBack() {
        assertThat(Transform.YEAR_ON_YEAR.apply(150.0, 100.0)).isEqualTo(50.0);
        assertThat(Transform.YEAR_ON_YEAR.lookback(TimelineGranularity.WEEK)).isEqualTo(52);
        assertThat(Transform.YEAR_ON_YEAR.lookback(TimelineGranularity.MONTH)).isEqualTo(12);
        assertThat(Transform.YEAR_ON_YEAR.lookback(TimelineGranularity.QUARTER)).isEqualTo(4);
        assertThat(Transform.YEAR_ON_YEAR.lookback(TimelineGranularity.YEAR)).isEqualTo(1);
    }

    @Test
    void anUnknownLevelOrAPercentageOfZeroGivesNoValue() {
        assertThat(Transform.CHANGE.apply(null, 1.0)).isNull();
        assertThat(Transform.CHANGE.apply(1.0, null)).isNull();
        assertThat(Transform.PERCENT_CHANGE.apply(1.0, 0.0)).isNull();
    }
}
