package org.telebarometer.importing;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.telebarometer.dataset.ReferenceDataFile;
import org.telebarometer.geography.Geography;
import org.telebarometer.metric.Metric;
import org.telebarometer.metric.MetricUnit;
import org.telebarometer.organization.Organization;
import org.telebarometer.specialty.Specialty;

/**
 * The codes a publication may refer to, read once per import.
 */
public record ReferenceCodes(Map<String, MetricUnit> metricUnits, Set<String> specialties, Set<String> geographies,
        Set<String> organizations) {

    /** The codes of a reference data file, to check publication files without a database. */
    public static ReferenceCodes of(ReferenceDataFile file) {
        return new ReferenceCodes(
                file.metrics().stream().collect(Collectors.toMap(ReferenceDataFile.MetricRow::code,
                        ReferenceDataFile.MetricRow::unit)),
                file.specialties().stream().map(ReferenceDataFile.SpecialtyRow::code).collect(Collectors.toSet()),
                file.geographies().stream().map(ReferenceDataFile.GeographyRow::code).collect(Collectors.toSet()),
                file.organizations().stream().map(ReferenceDataFile.OrganizationRow::code).collect(Collectors.toSet()));
    }

    public static ReferenceCodes load() {
        return new ReferenceCodes(
                Metric.<Metric> streamAll().collect(Collectors.toMap(m -> m.code, m -> m.unit)),
                Specialty.<Specialty> streamAll().map(s -> s.code).collect(Collectors.toSet()),
                Geography.<Geography> streamAll().map(g -> g.code).collect(Collectors.toSet()),
                Organization.<Organization> streamAll().map(o -> o.code).collect(Collectors.toSet()));
    }
}
