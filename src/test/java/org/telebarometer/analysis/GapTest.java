package org.telebarometer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.telebarometer.analysis.Figures.figure;
import static org.telebarometer.analysis.Figures.range;
import static org.telebarometer.observation.Qualifier.APPROXIMATE;
import static org.telebarometer.observation.Qualifier.AT_LEAST;
import static org.telebarometer.observation.Qualifier.AT_MOST;
import static org.telebarometer.observation.Qualifier.EXACT;

import org.junit.jupiter.api.Test;

class GapTest {

    @Test
    void aLowerBoundAboveAnExactValueIsIncompatible() {
        Gap gap = Gap.between(figure("a", "2020-W13", AT_LEAST, 1_000_000), figure("b", "2020-W13", EXACT, 486_369));

        assertThat(gap.isIncompatible()).isTrue();
        assertThat(gap.absolute()).isEqualTo(513_631);
        assertThat(gap.relative()).isCloseTo(0.513631, within(1e-9));
    }

    @Test
    void anApproximateValueAllowsTenPercentEitherWay() {
        assertThat(Gap.between(figure("a", "2020-W13", APPROXIMATE, 27), figure("b", "2020-W13", EXACT, 28))
                .isIncompatible()).isFalse();
        assertThat(Gap.between(figure("a", "2020-W13", APPROXIMATE, 27), figure("b", "2020-W13", EXACT, 29.7))
                .isIncompatible()).isFalse();
        assertThat(Gap.between(figure("a", "2020-W13", APPROXIMATE, 27), figure("b", "2020-W13", EXACT, 30))
                .isIncompatible()).isTrue();
    }

    @Test
    void twoDifferentExactValuesAreIncompatible() {
        Gap gap = Gap.between(figure("a", "2020-W12", EXACT, 80_000), figure("b", "2020-W12", EXACT, 90_000));

        assertThat(gap.relative()).isCloseTo(1 / 9.0, within(1e-9));
    }

    @Test
    void boundsAndRangesMeetOrNot() {
        assertThat(Gap.between(figure("a", "2020-W12", AT_MOST, 10), figure("b", "2020-W12", EXACT, 7.6))
                .isIncompatible()).isFalse();
        assertThat(Gap.between(figure("a", "2020-W12", AT_MOST, 10), figure("b", "2020-W12", AT_LEAST, 11))
                .absolute()).isEqualTo(1);
        assertThat(Gap.between(range("a", "2020-W14", 25, 27), figure("b", "2020-W14", EXACT, 28)).absolute())
                .isEqualTo(1);
        assertThat(Gap.between(range("a", "2020-W14", 25, 27), figure("b", "2020-W14", AT_LEAST, 26))
                .isIncompatible()).isFalse();
    }

    @Test
    void twoZerosAreNoGap() {
        assertThat(Gap.between(figure("a", "2020-W12", EXACT, 0), figure("b", "2020-W12", EXACT, 0)).relative()).isZero();
    }
}
