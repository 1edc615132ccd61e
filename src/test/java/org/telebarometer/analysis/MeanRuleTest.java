package org.telebarometer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.telebarometer.analysis.Figures.figure;
import static org.telebarometer.analysis.Figures.range;
import static org.telebarometer.observation.Qualifier.AT_LEAST;
import static org.telebarometer.observation.Qualifier.AT_MOST;
import static org.telebarometer.observation.Qualifier.EXACT;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.telebarometer.observation.Observation;
import org.telebarometer.period.Period;

class MeanRuleTest {

    private final MeanRule rule = new MeanRule();

    @Test
    void weighsEachValueByItsDaysInTheBucket() {
        Observation endOfJune = figure("a", "2020-W27", EXACT, 364_000);
        Observation july = figure("a", "2020-W28", EXACT, 328_000);
        Observation endOfJuly = figure("a", "2020-W31", EXACT, 253_000);

        BucketSummary summary = rule.summarize(Period.parse("2020-07"), List.of(endOfJune, july, endOfJuly));

        assertThat(summary.level()).isCloseTo((5 * 364_000 + 7 * 328_000 + 5 * 253_000) / 17.0, within(1e-6));
        assertThat(summary.min()).isEqualTo(253_000);
        assertThat(summary.max()).isEqualTo(364_000);
        assertThat(summary.used()).containsExactly(endOfJune, july, endOfJuly);
    }

    @Test
    void prefersValuesNoLongerThanTheBucket() {
        Observation year = figure("a", "2020", EXACT, 5.7);
        Observation week = figure("b", "2020-W15", EXACT, 28);

        assertThat(rule.summarize(Period.parse("2020-04"), List.of(year, week)).level()).isEqualTo(28);
        assertThat(rule.summarize(Period.parse("2020-05"), List.of(year)).level()).isEqualTo(5.7);
    }

    @Test
    void aRangeCountsAsItsMidpoint() {
        assertThat(rule.summarize(Period.parse("2020-W14"), List.of(range("a", "2020-W14", 25, 27))).level())
                .isEqualTo(26);
    }

    @Test
    void boundsAreNotAveragedAndCountOnlyWhenTheyCoverTheBucket() {
        Observation everyWeekBelow = figure("a", "2020-W01/2020-W10", AT_MOST, 10_000);
        Observation firstWeek = figure("b", "2020-W01", EXACT, 3_700);
        Observation aboveInOneWeek = figure("c", "2020-W13", AT_LEAST, 1_000_000);

        BucketSummary january = rule.summarize(Period.parse("2020-01"), List.of(everyWeekBelow, firstWeek));
        BucketSummary february = rule.summarize(Period.parse("2020-02"), List.of(everyWeekBelow));
        BucketSummary march = rule.summarize(Period.parse("2020-03"), List.of(everyWeekBelow, aboveInOneWeek));

        assertThat(january.level()).isEqualTo(3_700);
        assertThat(january.upperBound()).isEqualTo(10_000);
        assertThat(february.level()).isNull();
        assertThat(february.upperBound()).isEqualTo(10_000);
        assertThat(march.level()).isNull();
        assertThat(march.lowerBound()).isNull();
        assertThat(march.upperBound()).isNull();
        assertThat(march.used()).isEmpty();
    }
}
