package org.telebarometer.analysis;

import java.util.List;

import org.telebarometer.observation.Observation;

/**
 * What a bucket's observations say: the aggregated level (null when they do not give one), the smallest and largest
 * value used, the tightest published bounds, and the observations used.
 */
record BucketSummary(Double level, Double min, Double max, Double lowerBound, Double upperBound,
        List<Observation> used) {
}
