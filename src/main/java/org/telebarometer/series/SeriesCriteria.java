package org.telebarometer.series;

import java.util.Set;

/**
 * A checked selection of series; an empty set does not filter.
 */
public record SeriesCriteria(Set<String> metrics, Set<String> specialties, Set<String> geographies,
        Set<String> populations) {
}
