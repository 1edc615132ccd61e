package org.telebarometer.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
 * still refer to them. Each kind's existing entries are read with one query, not one per entry (a first start writes
 * about 250 of them).
 */
@ApplicationScoped
public class ReferenceDataWriter {

    @Transactional
    public void write(ReferenceDataFile file) {
        Function<String, Organization> organizations = byCode(Organization.listAll(), o -> o.code, Organization::new);
        file.organizations().forEach(row -> upsert(row, organizations.apply(row.code())));
        Function<String, Metric> metrics = byCode(Metric.listAll(), m -> m.code, Metric::new);
        file.metrics().forEach(row -> upsert(row, metrics.apply(row.code())));
        Function<String, Geography> geographies = byCode(Geography.listAll(), g -> g.code, Geography::new);
        file.geographies().forEach(row -> upsert(row, geographies.apply(row.code())));
        Function<String, Specialty> specialties = byCode(Specialty.listAll(), s -> s.code, Specialty::new);
        file.specialties().forEach(row -> upsert(row, specialties.apply(row.code())));
        Function<String, Population> populations = byCode(Population.listAll(), p -> p.code, Population::new);
        file.populations().forEach(row -> upsert(row, populations.apply(row.code())));
        Function<String, NamedPeriod> periods = byCode(NamedPeriod.listAll(), p -> p.code, NamedPeriod::new);
        file.namedPeriods().forEach(row -> upsert(row, periods.apply(row.code())));
    }

    /** The entry of each code: the existing one, or a new one. */
    private static <E> Function<String, E> byCode(List<E> existing, Function<E, String> code, Supplier<E> create) {
        Map<String, E> entries = existing.stream().collect(Collectors.toMap(code, Function.identity()));
        return key -> entries.computeIfAbsent(key, missing -> create.get());
    }

    private static void upsert(OrganizationRow row, Organization entity) {
        entity.code = row.code();
        entity.name = row.name();
        entity.nameFr = row.nameFr();
        entity.kind = row.kind();
        entity.url = row.url();
        entity.persist();
    }

    private static void upsert(MetricRow row, Metric entity) {
        entity.code = row.code();
        entity.name = row.name();
        entity.nameFr = row.nameFr();
        entity.unit = row.unit();
        entity.aggregation = row.aggregation() == null ? Aggregation.MEAN : row.aggregation();
        entity.definition = row.definition().strip();
        entity.definitionFr = row.definitionFr().strip();
        entity.persist();
    }

    private static void upsert(GeographyRow row, Geography entity) {
        entity.code = row.code();
        entity.label = row.label();
        entity.labelFr = row.labelFr();
        entity.level = row.level();
        entity.parentCode = row.parent();
        entity.persist();
    }

    private static void upsert(SpecialtyRow row, Specialty entity) {
        entity.code = row.code();
        entity.label = row.label();
        entity.labelFr = row.labelFr();
        entity.parentCode = row.parent();
        entity.persist();
    }

    private static void upsert(PopulationRow row, Population entity) {
        entity.code = row.code();
        entity.label = row.label();
        entity.labelFr = row.labelFr();
        entity.parentCode = row.parent();
        entity.persist();
    }

    private static void upsert(NamedPeriodRow row, NamedPeriod entity) {
        entity.code = row.code();
        entity.label = row.label();
        entity.labelFr = row.labelFr();
        entity.start = LocalDate.parse(row.start());
        entity.end = LocalDate.parse(row.end());
        entity.description = row.description() == null ? null : row.description().strip();
        entity.descriptionFr = row.descriptionFr() == null ? null : row.descriptionFr().strip();
        entity.persist();
    }
}
