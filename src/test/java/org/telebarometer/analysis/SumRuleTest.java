package org.telebarometer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telebarometer.analysis.Figures.figure;
import static org.telebarometer.observation.Qualifier.AT_LEAST;
import static org.telebarometer.observation.Qualifier.EXACT;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.telebarometer.observation.Observation;
import org.telebarometer.period.Period;

class SumRuleTest {

    private final SumRule rule = new SumRule();

    @Test
    void aFigureForTheWholeBucketIsItsLevel() {
        BucketSummary summary = rule.summarize(Period.parse("2021"), List.of(figure("a", "2021", EXACT, 11_966_153)));

        assertThat(summary.level()).isEqualTo(11_966_153);
    }

    @Test
    void alternativesForOnePeriodAreAveragedNotAdded() {
        List<Observation> year = List.of(figure("a", "2023", EXACT, 12_000_000), figure("b", "2023", EXACT, 11_500_000));

        BucketSummary summary = rule.summarize(Period.parse("2023"), year);

        assertThat(summary.level()).isEqualTo(11_750_000);
        assertThat(summary.min()).isEqualTo(11_500_000);
        assertThat(summary.max()).isEqualTo(12_000_000);
    }

    @Test
    void figuresThatTileTheBucketAreAdded() {
        List<Observation> months = List.of(figure("a", "2020-01", EXACT, 10), figure("a", "2020-02", EXACT, 20),
                figure("b", "2020-03", EXACT, 30), figure("c", "2020-03", EXACT, 40));

        BucketSummary quarter = rule.summarize(Period.parse("2020-Q1"), months);

        assertThat(quarter.level()).isEqualTo(65);
        assertThat(quarter.min()).isEqualTo(60);
        assertThat(quarter.max()).isEqualTo(70);
    }

    @Test
    void aBucketThatIsNotTiledHasNoLevel() {
        List<Observation> partial = List.of(figure("a", "2020-03/2020-04", EXACT, 5_500_000),
                figure("b", "2020-03-16/2020-11-29", AT_LEAST, 17_000_000));

        BucketSummary year = rule.summarize(Period.parse("2020"), partial);

        assertThat(year.level()).isNull();
        assertThat(year.used()).isEmpty();
    }

    @Test
    void onlyWholePeriodFiguresCount() {
        BucketSummary april = rule.summarize(Period.parse("2020-04"),
                List.of(figure("a", "2020-03/2020-04", EXACT, 5_500_000)));

        assertThat(april.level()).isNull();
    }

    @Test
    void boundsForTheWholeBucketAreReported() {
        BucketSummary year = rule.summarize(Period.parse("2020"),
                List.of(figure("a", "2020", AT_LEAST, 18_000_000), figure("b", "2020", EXACT, 19_000_000)));

        assertThat(year.level()).isEqualTo(19_000_000);
        assertThat(year.lowerBound()).isEqualTo(18_000_000);
        assertThat(year.used()).hasSize(2);
    }
}
