package org.telebarometer.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2020-03-28, 2020-03-28, 2020-03-28, DAY",
            "2020-W13, 2020-03-23, 2020-03-29, WEEK",
            "2020-W01, 2019-12-30, 2020-01-05, WEEK",
            "2020-W53, 2020-12-28, 2021-01-03, WEEK",
            "2020-03, 2020-03-01, 2020-03-31, MONTH",
            "2020-02, 2020-02-01, 2020-02-29, MONTH",
            "2020-Q2, 2020-04-01, 2020-06-30, QUARTER",
            "2020-Q4, 2020-10-01, 2020-12-31, QUARTER",
            "2020, 2020-01-01, 2020-12-31, YEAR",
            "2020-03-23/2020-03-29, 2020-03-23, 2020-03-29, CUSTOM",
            "2019-01-01/2020-03-15, 2019-01-01, 2020-03-15, CUSTOM" })
    void parsesEveryIsoFormAndPrintsItBack(String text, LocalDate start, LocalDate end, Granularity granularity) {
        Period period = Period.parse(text);

        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.granularity()).isEqualTo(granularity);
        assertThat(period.label()).isEqualTo(text);
        assertThat(Period.parse(period.label())).isEqualTo(period);
    }

    @Test
    void aRangeOfUnitsRunsFromTheFirstStartToTheLastEnd() {
        Period weeks = Period.parse("2020-W01/2020-W10");

        assertThat(weeks).isEqualTo(Period.between(LocalDate.of(2019, 12, 30), LocalDate.of(2020, 3, 8)));
        assertThat(weeks.label()).isEqualTo("2019-12-30/2020-03-08");
        assertThat(Period.parse("2020-03/2020-04").label()).isEqualTo("2020-03-01/2020-04-30");
    }

    @Test
    void acceptsLowerCaseAndSurroundingBlanks() {
        assertThat(Period.parse(" 2020-w13 ")).isEqualTo(Period.week(2020, 13));
        assertThat(Period.parse("2020-q2")).isEqualTo(Period.quarter(2020, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", "March 2020", "2020-13", "2020-W54", "2021-W53", "2020-Q5", "2020-02-30",
            "2020-W00", "20-03", "2020-03-29/2020-03-23", "2020/", "/2020" })
    void rejectsWhatIsNotAPeriod(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(InvalidPeriodException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(InvalidPeriodException.class);
    }

    @Test
    void rejectsDatesThatAreNotTheUnitTheyClaim() {
        LocalDate tuesday = LocalDate.of(2020, 3, 24);
        assertThatThrownBy(() -> new Period(tuesday, tuesday.plusDays(6), Granularity.WEEK))
                .isInstanceOf(InvalidPeriodException.class);
        assertThatThrownBy(() -> new Period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 30), Granularity.MONTH))
                .isInstanceOf(InvalidPeriodException.class);
        assertThatThrownBy(() -> Period.between(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 1)))
                .hasMessageContaining("before it starts");
    }

    @Test
    void countsDaysBothEndsIncluded() {
        assertThat(Period.parse("2020-W13").days()).isEqualTo(7);
        assertThat(Period.parse("2020").days()).isEqualTo(366);
        assertThat(Period.parse("2020-03-28").days()).isEqualTo(1);
    }

    @Test
    void overlapsARangeWhenTheyShareADay() {
        Period week13 = Period.parse("2020-W13");

        assertThat(week13.overlaps(LocalDate.of(2020, 3, 29), null)).isTrue();
        assertThat(week13.overlaps(null, LocalDate.of(2020, 3, 23))).isTrue();
        assertThat(week13.overlaps(LocalDate.of(2020, 3, 30), null)).isFalse();
        assertThat(week13.overlaps(null, LocalDate.of(2020, 3, 22))).isFalse();
        assertThat(week13.overlaps(null, null)).isTrue();
    }
}
