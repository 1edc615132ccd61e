package org.telebarometer.period;

import java.time.LocalDate;

/**
 * Days from {@code from} to {@code to}, both included; a null bound is open.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("A date range cannot end (" + to + ") before it starts (" + from + ").");
        }
    }

    public boolean isUnbounded() {
        return from == null && to == null;
    }
}
