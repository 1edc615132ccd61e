package org.telebarometer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.telebarometer.dataset.ReferenceDataFile.GeographyRow;
import org.telebarometer.dataset.ReferenceDataFile.NamedPeriodRow;
import org.telebarometer.dataset.ReferenceDataFile.PopulationRow;
import org.telebarometer.dataset.ReferenceDataFile.SpecialtyRow;
import org.telebarometer.importing.PublicationFile;
import org.telebarometer.importing.PublicationInput;
import org.telebarometer.importing.PublicationValidator;
import org.telebarometer.importing.ReferenceCodes;

/**
 * The data checks: every dataset file passes the importer's validation (percentages within 0–100, no negative
 * count, ranges with low ≤ high, periods that end after they start, a quote for every figure, no duplicate, only
 * known codes). A file that fails them fails the build.
 */
class DatasetChecksTest {

    private static final ReferenceDataFile REFERENCE = DatasetFiles.reference();
    private static final ReferenceCodes CODES = codesOf(REFERENCE);

    static Stream<String> publicationFiles() {
        return DatasetFiles.publicationFileNames().stream();
    }

    @ParameterizedTest
    @MethodSource("publicationFiles")
    void everyPublicationFilePassesTheDataChecks(String fileName) {
        PublicationInput publication = DatasetFiles.publication(fileName);

        assertThatCode(() -> PublicationValidator.validate(publication, CODES))
                .doesNotThrowAnyException();
    }

    static Stream<Path> excludedFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dataset/excluded"))) {
            return files.sorted().toList().stream();
        }
    }

    /** A figure kept out says why, is not loaded, and would pass the checks if it were moved back. */
    @ParameterizedTest
    @MethodSource("excludedFiles")
    void everyExcludedFigureSaysWhyAndCouldBeServed(Path file) throws IOException {
        String text = Files.readString(file);
        PublicationInput publication = PublicationFile.parse(text);

        assertThat(text).startsWith("# NOT LOADED: ").contains("research figure");
        assertThat(DatasetFiles.publicationFileNames()).doesNotContain(file.getFileName().toString());
        assertThatCode(() -> PublicationValidator.validate(publication, CODES)).doesNotThrowAnyException();
    }

    @Test
    void codesAreUnique() {
        assertUnique(REFERENCE.organizations().stream().map(ReferenceDataFile.OrganizationRow::code).toList());
        assertUnique(REFERENCE.metrics().stream().map(ReferenceDataFile.MetricRow::code).toList());
        assertUnique(REFERENCE.specialties().stream().map(SpecialtyRow::code).toList());
        assertUnique(REFERENCE.geographies().stream().map(GeographyRow::code).toList());
        assertUnique(REFERENCE.populations().stream().map(PopulationRow::code).toList());
        assertUnique(REFERENCE.namedPeriods().stream().map(NamedPeriodRow::code).toList());
        assertUnique(publicationFiles().map(f -> DatasetFiles.publication(f).id()).toList());
    }

    @Test
    void parentsAreListedBeforeTheirChildren() {
        Set<String> seen = new HashSet<>();
        for (SpecialtyRow specialty : REFERENCE.specialties()) {
            assertThat(specialty.parent() == null || seen.contains(specialty.parent())).as(specialty.code()).isTrue();
            seen.add(specialty.code());
        }
        seen.clear();
        for (GeographyRow geography : REFERENCE.geographies()) {
            assertThat(geography.parent() == null || seen.contains(geography.parent())).as(geography.code()).isTrue();
            seen.add(geography.code());
        }
        seen.clear();
        for (PopulationRow population : REFERENCE.populations()) {
            assertThat(population.parent() == null || seen.contains(population.parent())).as(population.code())
                    .isTrue();
            seen.add(population.code());
        }
    }

    @Test
    void namedPeriodsEndAfterTheyStart() {
        for (NamedPeriodRow period : REFERENCE.namedPeriods()) {
            assertThat(LocalDate.parse(period.end())).as(period.code()).isAfterOrEqualTo(LocalDate.parse(period.start()));
        }
    }

    @Test
    void referenceEntriesAreDescribed() {
        REFERENCE.organizations().forEach(o -> assertThat(o.name()).as(o.code()).isNotBlank());
        REFERENCE.metrics().forEach(m -> assertThat(m.definition()).as(m.code()).isNotBlank());
        REFERENCE.specialties().forEach(s -> assertThat(s.label()).as(s.code()).isNotBlank());
        REFERENCE.populations().forEach(p -> assertThat(p.label()).as(p.code()).isNotBlank());
        REFERENCE.namedPeriods().forEach(p -> assertThat(p.description()).as(p.code()).isNotBlank());
    }

    /** Every text a reader sees is in English and in French (an organisation's French name only where it differs). */
    @Test
    void everyLabelIsInBothLanguages() {
        REFERENCE.metrics().forEach(m -> assertThat(List.of(m.nameFr(), m.definitionFr())).as(m.code())
                .allSatisfy(text -> assertThat(text).isNotBlank()));
        REFERENCE.specialties().forEach(s -> assertThat(s.labelFr()).as(s.code()).isNotBlank());
        REFERENCE.geographies().forEach(g -> assertThat(g.labelFr()).as(g.code()).isNotBlank());
        REFERENCE.populations().forEach(p -> assertThat(p.labelFr()).as(p.code()).isNotBlank());
        REFERENCE.namedPeriods().forEach(p -> assertThat(List.of(p.labelFr(), p.descriptionFr())).as(p.code())
                .allSatisfy(text -> assertThat(text).isNotBlank()));
        REFERENCE.organizations().stream().filter(o -> o.nameFr() != null)
                .forEach(o -> assertThat(o.nameFr()).as(o.code()).isNotBlank());
    }

    @Test
    void metricSpecialtyAndPopulationLabelsAreTranslatedNotCopied() {
        assertThat(REFERENCE.metrics()).allSatisfy(m -> assertThat(m.nameFr()).as(m.code()).isNotEqualTo(m.name()));
        assertThat(REFERENCE.specialties()).allSatisfy(s -> assertThat(s.labelFr()).as(s.code()).isNotEqualTo(s.label()));
        assertThat(REFERENCE.populations()).allSatisfy(p -> assertThat(p.labelFr()).as(p.code()).isNotEqualTo(p.label()));
    }

    private static void assertUnique(List<String> codes) {
        assertThat(new ArrayList<>(codes)).doesNotHaveDuplicates();
    }

    /** The codes of the reference data file: what the importer reads from the database, here without one. */
    private static ReferenceCodes codesOf(ReferenceDataFile file) {
        return new ReferenceCodes(
                file.metrics().stream().collect(Collectors.toMap(ReferenceDataFile.MetricRow::code,
                        ReferenceDataFile.MetricRow::unit)),
                file.specialties().stream().map(SpecialtyRow::code).collect(Collectors.toSet()),
                file.geographies().stream().map(GeographyRow::code).collect(Collectors.toSet()),
                file.populations().stream().map(PopulationRow::code).collect(Collectors.toSet()),
                file.organizations().stream().map(ReferenceDataFile.OrganizationRow::code).collect(Collectors.toSet()));
    }
}
