package org.telebarometer.analysis;

import org.telebarometer.observation.Observation;

/**
 * How far two figures are from being compatible: the distance between the values their qualifiers allow, and that
 * distance relative to the larger of their values.
 */
record Gap(double absolute, double relative) {

    static Gap between(Observation first, Observation second) {
        double absolute = ValueInterval.of(first).distanceTo(ValueInterval.of(second));
        double scale = Math.max(Math.abs(first.value), Math.abs(second.value));
        return new Gap(absolute, scale == 0 ? 0 : absolute / scale);
    }

    boolean isIncompatible() {
        return absolute > 0;
    }
}
