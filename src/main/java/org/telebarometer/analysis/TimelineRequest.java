package org.telebarometer.analysis;

import java.time.LocalDate;
import java.util.Set;

import org.telebarometer.metric.Metric;
import org.telebarometer.series.SeriesKey;

/**
 * A checked timeline request. A null bound of the range is taken from the series' figures.
 */
record TimelineRequest(SeriesKey series, Metric metric, LocalDate from, LocalDate to, TimelineGranularity granularity,
        Set<String> sources, LocalDate asOf, Transform transform) {
}
