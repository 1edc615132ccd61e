package org.telebarometer.importing;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.telebarometer.geography.Geography;
import org.telebarometer.metric.Metric;
import org.telebarometer.metric.MetricUnit;
import org.telebarometer.organization.Organization;
import org.telebarometer.population.Population;
import org.telebarometer.specialty.Specialty;

/**
 * The codes a publication may refer to, read once per import.
 */
public record ReferenceCodes(Map<String, MetricUnit> metricUnits, Set<String> specialties, Set<String> geographies,
        Set<String> populations, Set<String> organizations) {

    public static ReferenceCodes load() {
        return new ReferenceCodes(
                Metric.<Metric> streamAll().collect(Collectors.toMap(m -> m.code, m -> m.unit)),
                Specialty.<Specialty> streamAll().map(s -> s.code).collect(Collectors.toSet()),
                Geography.<Geography> streamAll().map(g -> g.code).collect(Collectors.toSet()),
                Population.<Population> streamAll().map(p -> p.code).collect(Collectors.toSet()),
                Organization.<Organization> streamAll().map(o -> o.code).collect(Collectors.toSet()));
    }
}
