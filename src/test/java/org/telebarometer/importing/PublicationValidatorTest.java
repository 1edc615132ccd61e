package org.telebarometer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.metric.MetricUnit;
import org.telebarometer.observation.Qualifier;

class PublicationValidatorTest {

    private static final ReferenceCodes CODES = new ReferenceCodes(
            Map.of("TELECONSULTATIONS", MetricUnit.COUNT, "TELECONSULTATION_SHARE", MetricUnit.PERCENT,
                    "TELECONSULTATIONS_REIMBURSED_EUR", MetricUnit.EUR, "TELECONSULTATIONS_GROWTH",
                    MetricUnit.PERCENT_CHANGE),
            Set.of("ALL", "GENERAL_PRACTICE"), Set.of("FR"), Set.of("ALL", "WOMEN"),
            Set.of("ASSURANCE_MALADIE", "MIND_HEALTH"));

    private static final ObservationInput COUNT = new ObservationInput("TELECONSULTATIONS.ALL.FR", "2020-W13", 486369.0,
            null, null, Qualifier.EXACT, "ASSURANCE_MALADIE", "486 369 téléconsultations", null);

    @Test
    void parsesAValidPublication() {
        ValidatedPublication publication = PublicationValidator.validate(publication("x-1", List.of(COUNT)), CODES);

        assertThat(publication.publishedOn()).hasToString("2020-03-31");
        assertThat(publication.observations()).singleElement().satisfies(o -> {
            assertThat(o.series().toString()).isEqualTo("TELECONSULTATIONS.ALL.FR");
            assertThat(o.period().label()).isEqualTo("2020-W13");
            assertThat(o.value()).isEqualTo(486369.0);
        });
    }

    @Test
    void takesTheMidpointOfARangeWithoutValue() {
        ObservationInput range = new ObservationInput("TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR", "2020-W14", null,
                25.0, 27.0, Qualifier.RANGE, "ASSURANCE_MALADIE", "entre 25 et 27 %", null);

        ValidatedPublication publication = PublicationValidator.validate(publication("x-1", List.of(range)), CODES);

        assertThat(publication.observations().get(0).value()).isEqualTo(26.0);
    }

    @Test
    void listsEveryProblemWithItsPathAndCode() {
        List<ObservationInput> observations = new ArrayList<>();
        observations.add(new ObservationInput("NOPE.ALL.FR", "2020-W13", 1.0, null, null, Qualifier.EXACT,
                "ASSURANCE_MALADIE", "q", null));
        observations.add(new ObservationInput("TELECONSULTATION_SHARE.ALL.FR", "2020-W13", 120.0, null, null,
                Qualifier.EXACT, "ASSURANCE_MALADIE", "q", null));
        observations.add(new ObservationInput("TELECONSULTATIONS.ALL.FR", "2020-W13", -5.0, null, null,
                Qualifier.EXACT, "ASSURANCE_MALADIE", "q", null));
        observations.add(new ObservationInput("TELECONSULTATION_SHARE.ALL.FR", "2020-W13", null, 27.0, 25.0,
                Qualifier.RANGE, "ASSURANCE_MALADIE", "q", null));
        observations.add(new ObservationInput("TELECONSULTATIONS.ALL.FR", "2020-W54", 1.0, null, null,
                Qualifier.EXACT, "ASSURANCE_MALADIE", "q", null));
        observations.add(new ObservationInput("TELECONSULTATIONS.ALL.FR", "2020-03-29/2020-03-23", 1.0, null, null,
                Qualifier.EXACT, "ASSURANCE_MALADIE", "q", null));
        observations.add(new ObservationInput("TELECONSULTATIONS.ALL.FR", "2020-W12", 1.0, null, null,
                Qualifier.EXACT, "ASSURANCE_MALADIE", " ", null));
        observations.add(new ObservationInput("TELECONSULTATIONS.PSY.FR", "2020-W12", 1.0, null, null,
                Qualifier.EXACT, "NOBODY", "q", null));
        observations.add(COUNT);
        observations.add(COUNT);
        PublicationInput input = new PublicationInput("Bad Id", "NOBODY", null, "2020-02-30", null, null, "french", null,
                null, observations);

        assertThatThrownBy(() -> PublicationValidator.validate(input, CODES))
                .isInstanceOfSatisfying(InvalidPublicationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path() + " " + p.code())
                        .containsExactly(
                                "id " + ErrorCode.INVALID_ID,
                                "publisher " + ErrorCode.UNKNOWN_ORGANIZATION,
                                "publishedOn " + ErrorCode.INVALID_DATE,
                                "language " + ErrorCode.INVALID_LANGUAGE,
                                "observations[0].series " + ErrorCode.UNKNOWN_METRIC,
                                "observations[1].value " + ErrorCode.VALUE_OUT_OF_RANGE,
                                "observations[2].value " + ErrorCode.VALUE_OUT_OF_RANGE,
                                "observations[3] " + ErrorCode.INVALID_RANGE,
                                "observations[4].period " + ErrorCode.INVALID_PERIOD,
                                "observations[5].period " + ErrorCode.INVALID_PERIOD,
                                "observations[6].quote " + ErrorCode.MISSING_FIELD,
                                "observations[7].series " + ErrorCode.UNKNOWN_SPECIALTY,
                                "observations[7].source " + ErrorCode.UNKNOWN_ORGANIZATION,
                                "observations[9] " + ErrorCode.DUPLICATE_OBSERVATION));
    }

    @Test
    void aChangeMayBeNegativeButNotBelowMinus100AndAnAmountNeverNegative() {
        ObservationInput decrease = observation("TELECONSULTATIONS_GROWTH.ALL.FR", -32.0);
        ObservationInput increase = observation("TELECONSULTATIONS_GROWTH.ALL.FR", 250.0);
        List<ObservationInput> wrong = List.of(observation("TELECONSULTATIONS_GROWTH.ALL.FR", -120.0),
                observation("TELECONSULTATIONS_REIMBURSED_EUR.ALL.FR", -1.0));

        assertThat(PublicationValidator.validate(publication("x-1", List.of(decrease)), CODES).observations().get(0)
                .value()).isEqualTo(-32.0);
        assertThat(PublicationValidator.validate(publication("x-1", List.of(increase)), CODES).observations()).hasSize(1);
        assertThatThrownBy(() -> PublicationValidator.validate(publication("x-1", wrong), CODES))
                .isInstanceOfSatisfying(InvalidPublicationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path() + " " + p.code())
                        .containsExactly("observations[0].value " + ErrorCode.VALUE_OUT_OF_RANGE,
                                "observations[1].value " + ErrorCode.VALUE_OUT_OF_RANGE));
    }

    private static ObservationInput observation(String series, double value) {
        return new ObservationInput(series, "2023/2024", value, null, null, Qualifier.EXACT, "ASSURANCE_MALADIE", "q",
                null);
    }

    @Test
    void requiresAtLeastOneObservationAndAQualifier() {
        ObservationInput unqualified = new ObservationInput("TELECONSULTATIONS.ALL.FR", "2020-W13", 1.0, null, null,
                null, "ASSURANCE_MALADIE", "q", null);

        assertThatThrownBy(() -> PublicationValidator.validate(publication("x-1", List.of()), CODES))
                .isInstanceOfSatisfying(InvalidPublicationException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::path).containsExactly("observations"));
        assertThatThrownBy(() -> PublicationValidator.validate(publication("x-1", List.of(unqualified)), CODES))
                .isInstanceOfSatisfying(InvalidPublicationException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::path).containsExactly("observations[0].qualifier"));
    }

    @Test
    void keepsBoundsForRangesOnly() {
        ObservationInput bounded = new ObservationInput("TELECONSULTATIONS.ALL.FR", "2020-W13", 1.0, 0.0, 2.0,
                Qualifier.EXACT, "ASSURANCE_MALADIE", "q", null);

        assertThatThrownBy(() -> PublicationValidator.validate(publication("x-1", List.of(bounded)), CODES))
                .isInstanceOfSatisfying(InvalidPublicationException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::code).containsExactly(ErrorCode.INVALID_RANGE));
    }

    @Test
    void giveTheSameIdToTheSameFigureOfTheSamePublication() {
        ValidatedObservation figure = PublicationValidator.validate(publication("x-1", List.of(COUNT)), CODES)
                .observations().get(0);

        assertThat(figure.idIn("x-1")).isEqualTo(figure.idIn("x-1")).isNotEqualTo(figure.idIn("x-2")).hasSize(24);
    }

    private static PublicationInput publication(String id, List<ObservationInput> observations) {
        return new PublicationInput(id, "ASSURANCE_MALADIE", "A title", "2020-03-31", null, List.of(), "fr", null,
                null, observations);
    }
}
