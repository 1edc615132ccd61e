package org.telebarometer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telebarometer.analysis.Figures.figure;
import static org.telebarometer.observation.Qualifier.APPROXIMATE;
import static org.telebarometer.observation.Qualifier.AT_LEAST;
import static org.telebarometer.observation.Qualifier.EXACT;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.telebarometer.metric.Aggregation;
import org.telebarometer.observation.Observation;

class DiscrepancyFinderTest {

    private final Observation release = figure("cnam", "2020-W13", EXACT, 486_369);
    private final Observation relay = figure("ticsante", "2020-W13", EXACT, 486_369);
    private final Observation revised = figure("afp", "2020-W13", EXACT, 523_000);
    private final Observation article = figure("mind", "2020-W13", AT_LEAST, 1_000_000);
    private final Observation nextWeek = figure("afp", "2020-W14", EXACT, 999_000);

    @Test
    void pairsTheFiguresThatCannotBothBeRight() {
        List<Discrepancy> found = DiscrepancyFinder.find(List.of(nextWeek, article, revised, relay, release),
                Aggregation.MEAN, 0);

        assertThat(found).extracting(DiscrepancyFinderTest::publications)
                .containsExactlyInAnyOrder("afp+cnam", "afp+ticsante", "cnam+mind", "mind+ticsante", "afp+mind");
        assertThat(found).allSatisfy(d -> assertThat(d.overlapDays()).isEqualTo(7));
    }

    @Test
    void ignoresFiguresOfOnePublicationAndSmallGapsWhenAsked() {
        Observation samePublication = figure("cnam", "2020-W13", EXACT, 500_000);

        assertThat(DiscrepancyFinder.find(List.of(release, samePublication), Aggregation.MEAN, 0)).isEmpty();
        assertThat(DiscrepancyFinder.find(List.of(release, revised, article), Aggregation.MEAN, 0.1))
                .extracting(DiscrepancyFinderTest::publications).containsExactlyInAnyOrder("cnam+mind", "afp+mind");
    }

    @Test
    void approximateFiguresWithinToleranceAgree() {
        assertThat(DiscrepancyFinder.find(List.of(figure("gers", "2020-W14", APPROXIMATE, 27),
                figure("cnam", "2020-W14", EXACT, 28)), Aggregation.MEAN, 0)).isEmpty();
    }

    private static String publications(Discrepancy discrepancy) {
        return List.of(discrepancy.first().publicationId, discrepancy.second().publicationId).stream().sorted()
                .reduce((a, b) -> a + "+" + b).orElseThrow();
    }
}
