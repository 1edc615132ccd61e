package org.telebarometer.analysis;

import org.telebarometer.observation.Observation;
import org.telebarometer.observation.Qualifier;

/**
 * The values a published figure allows, given its qualifier: a point for EXACT, ±{@value #APPROXIMATE_TOLERANCE_PERCENT}
 * % around it for APPROXIMATE, a half-line for AT_LEAST and AT_MOST, [low, high] for RANGE. Two figures can both be
 * right only when their intervals meet.
 */
public record ValueInterval(double low, double high) {

    static final int APPROXIMATE_TOLERANCE_PERCENT = 10;
    private static final double APPROXIMATE_TOLERANCE = APPROXIMATE_TOLERANCE_PERCENT / 100.0;

    public static ValueInterval of(Observation observation) {
        return of(observation.qualifier, observation.value, observation.low, observation.high);
    }

    public static ValueInterval of(Qualifier qualifier, double value, Double low, Double high) {
        return switch (qualifier) {
            case EXACT -> new ValueInterval(value, value);
            case APPROXIMATE -> new ValueInterval(value - Math.abs(value) * APPROXIMATE_TOLERANCE,
                    value + Math.abs(value) * APPROXIMATE_TOLERANCE);
            case AT_LEAST -> new ValueInterval(value, Double.POSITIVE_INFINITY);
            case AT_MOST -> new ValueInterval(Double.NEGATIVE_INFINITY, value);
            case RANGE -> new ValueInterval(low, high);
        };
    }

    /** How far apart the two intervals are: zero when they meet. */
    public double distanceTo(ValueInterval other) {
        return Math.max(0, Math.max(other.low - high, low - other.high));
    }
}
