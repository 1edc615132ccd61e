package org.telebarometer.dataset;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.telebarometer.dataset.ReferenceDataFile.GeographyRow;
import org.telebarometer.dataset.ReferenceDataFile.MetricRow;
import org.telebarometer.dataset.ReferenceDataFile.NamedPeriodRow;
import org.telebarometer.dataset.ReferenceDataFile.OrganizationRow;
import org.telebarometer.dataset.ReferenceDataFile.PopulationRow;
import org.telebarometer.dataset.ReferenceDataFile.SpecialtyRow;
import org.telebarometer.geography.Geography;
import org.telebarometer.metric.Aggregation;
import org.telebarometer.metric.Metric;
import org.telebarometer.organization.Organization;
import org.telebarometer.period.NamedPeriod;
import org.telebarometer.population.Population;
import org.telebarometer.specialty.Specialty;

/**
 * Creates or updates, by code, every entry of the reference data file. Entries are never deleted: publications may
 * still refer to them.
 */
@ApplicationScoped
public class ReferenceDataWriter {

    @Transactional
    public void write(ReferenceDataFile file) {
        file.organizations().forEach(ReferenceDataWriter::upsert);
        file.metrics().forEach(ReferenceDataWriter::upsert);
        file.geographies().forEach(ReferenceDataWriter::upsert);
        file.specialties().forEach(ReferenceDataWriter::upsert);
        file.populations().forEach(ReferenceDataWriter::upsert);
        file.namedPeriods().forEach(ReferenceDataWriter::upsert);
    }

    private static void upsert(OrganizationRow row) {
        Organization entity = Organization.<Organization> findByIdOptional(row.code()).orElseGet(Organization::new);
        entity.code = row.code();
        entity.name = row.name();
        entity.kind = row.kind();
        entity.url = row.url();
        entity.persist();
    }

    private static void upsert(MetricRow row) {
        Metric entity = Metric.<Metric> findByIdOptional(row.code()).orElseGet(Metric::new);
        entity.code = row.code();
        entity.name = row.name();
        entity.unit = row.unit();
        entity.aggregation = row.aggregation() == null ? Aggregation.MEAN : row.aggregation();
        entity.definition = row.definition().strip();
        entity.persist();
    }

    private static void upsert(GeographyRow row) {
        Geography entity = Geography.<Geography> findByIdOptional(row.code()).orElseGet(Geography::new);
        entity.code = row.code();
        entity.label = row.label();
        entity.level = row.level();
        entity.parentCode = row.parent();
        entity.persist();
    }

    private static void upsert(SpecialtyRow row) {
        Specialty entity = Specialty.<Specialty> findByIdOptional(row.code()).orElseGet(Specialty::new);
        entity.code = row.code();
        entity.label = row.label();
        entity.parentCode = row.parent();
        entity.persist();
    }

    private static void upsert(PopulationRow row) {
        Population entity = Population.<Population> findByIdOptional(row.code()).orElseGet(Population::new);
        entity.code = row.code();
        entity.label = row.label();
        entity.parentCode = row.parent();
        entity.persist();
    }

    private static void upsert(NamedPeriodRow row) {
        NamedPeriod entity = NamedPeriod.<NamedPeriod> findByIdOptional(row.code()).orElseGet(NamedPeriod::new);
        entity.code = row.code();
        entity.label = row.label();
        entity.start = LocalDate.parse(row.start());
        entity.end = LocalDate.parse(row.end());
        entity.description = row.description() == null ? null : row.description().strip();
        entity.persist();
    }
}
