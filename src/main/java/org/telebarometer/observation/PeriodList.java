package org.telebarometer.observation;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The periods of one series, packed as (start, end) epoch days in one growing array, to tell whether two of them
 * overlap without an object per figure.
 */
final class PeriodList {

    private long[] packed = new long[8];
    private int size;

    void add(LocalDate start, LocalDate end) {
        if (size == packed.length) {
            packed = Arrays.copyOf(packed, size * 2);
        }
        packed[size++] = (start.toEpochDay() << 32) | (end.toEpochDay() & 0xFFFF_FFFFL);
    }

    /** Whether a period starts on or before the latest end of the periods that start before it (or with it). */
    boolean overlap() {
        Arrays.sort(packed, 0, size);
        long latestEnd = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            long start = packed[i] >> 32;
            long end = (int) packed[i];
            if (start <= latestEnd) {
                return true;
            }
            latestEnd = Math.max(latestEnd, end);
        }
        return false;
    }
}
