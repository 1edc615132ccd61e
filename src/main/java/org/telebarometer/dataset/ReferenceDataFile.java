package org.telebarometer.dataset;

import java.util.List;

import org.telebarometer.geography.GeographyLevel;
import org.telebarometer.metric.Aggregation;
import org.telebarometer.metric.MetricUnit;
import org.telebarometer.organization.OrganizationKind;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The reference data file {@code dataset/reference.yaml}: the codes publications refer to, each text in English and
 * in French ({@code labelFr}, {@code nameFr}, {@code definitionFr}, {@code descriptionFr}; an organisation's French
 * name only where it differs).
 */
@RegisterForReflection
public record ReferenceDataFile(List<OrganizationRow> organizations, List<MetricRow> metrics,
        List<SpecialtyRow> specialties, List<GeographyRow> geographies, List<PopulationRow> populations,
        List<NamedPeriodRow> namedPeriods) {

    public ReferenceDataFile {
        organizations = organizations == null ? List.of() : organizations;
        metrics = metrics == null ? List.of() : metrics;
        specialties = specialties == null ? List.of() : specialties;
        geographies = geographies == null ? List.of() : geographies;
        populations = populations == null ? List.of() : populations;
        namedPeriods = namedPeriods == null ? List.of() : namedPeriods;
    }

    @RegisterForReflection
    public record OrganizationRow(String code, String name, String nameFr, OrganizationKind kind, String url) {
    }

    @RegisterForReflection
    public record MetricRow(String code, String name, String nameFr, MetricUnit unit, Aggregation aggregation,
            String definition, String definitionFr) {
    }

    /** Parents are listed before their children. */
    @RegisterForReflection
    public record SpecialtyRow(String code, String label, String labelFr, String parent) {
    }

    /** Parents are listed before their children. */
    @RegisterForReflection
    public record PopulationRow(String code, String label, String labelFr, String parent) {
    }

    @RegisterForReflection
    public record GeographyRow(String code, String label, String labelFr, GeographyLevel level, String parent) {
    }

    @RegisterForReflection
    public record NamedPeriodRow(String code, String label, String labelFr, String start, String end,
            String description, String descriptionFr) {
    }
}
