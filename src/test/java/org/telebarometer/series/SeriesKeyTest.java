package org.telebarometer.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeriesKeyTest {

    @Test
    void parsesAndPrintsMetricSpecialtyGeography() {
        SeriesKey key = SeriesKey.parse("TELECONSULTATIONS.GENERAL_PRACTICE.FR");

        assertThat(key).isEqualTo(new SeriesKey("TELECONSULTATIONS", "GENERAL_PRACTICE", "FR"));
        assertThat(key.toString()).isEqualTo("TELECONSULTATIONS.GENERAL_PRACTICE.FR");
    }

    @Test
    void aFourthPartNamesAGroupOfPeople() {
        SeriesKey key = SeriesKey.parse("POPULATION_USE_SHARE.ALL.FR.AGED_18_29");

        assertThat(key.population()).isEqualTo("AGED_18_29");
        assertThat(key.toString()).isEqualTo("POPULATION_USE_SHARE.ALL.FR.AGED_18_29");
    }

    @Test
    void everyoneIsWrittenWithThreeParts() {
        SeriesKey key = SeriesKey.parse("TELECONSULTATIONS.ALL.FR.ALL");

        assertThat(key).isEqualTo(SeriesKey.parse("TELECONSULTATIONS.ALL.FR"));
        assertThat(key.population()).isEqualTo(SeriesKey.EVERYONE);
        assertThat(key.toString()).isEqualTo("TELECONSULTATIONS.ALL.FR");
    }

    @Test
    void ignoresSurroundingBlanks() {
        assertThat(SeriesKey.parse(" PRACTITIONERS.ALL.FR ").toString()).isEqualTo("PRACTITIONERS.ALL.FR");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "TELECONSULTATIONS", "TELECONSULTATIONS.ALL", "A.B.C.D.E",
            "POPULATION_USE_SHARE.ALL.FR.women", "POPULATION_USE_SHARE.ALL.FR.", "teleconsultations.ALL.FR",
            "TELECONSULTATIONS..FR", "TELECONSULTATIONS.ALL.F-R", "1METRIC.ALL.FR" })
    void rejectsWhatIsNotAKey(String text) {
        assertThatThrownBy(() -> SeriesKey.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> SeriesKey.parse(null)).hasMessageContaining("METRIC.SPECIALTY.GEOGRAPHY");
    }
}
