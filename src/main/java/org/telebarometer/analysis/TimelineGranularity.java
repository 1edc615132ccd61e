package org.telebarometer.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

import org.eclipse.microprofile.graphql.Description;
import org.telebarometer.period.Period;

@Description("The size of a timeline's buckets.")
public enum TimelineGranularity {
    @Description("ISO weeks, Monday to Sunday.")
    WEEK(52),
    @Description("Calendar months.")
    MONTH(12),
    @Description("Calendar quarters.")
    QUARTER(4),
    @Description("Calendar years.")
    YEAR(1);

    private final int perYear;

    TimelineGranularity(int perYear) {
        this.perYear = perYear;
    }

    /** How many buckets make a year: how far back YEAR_ON_YEAR looks. */
    int perYear() {
        return perYear;
    }

    /** The bucket that contains the day. */
    Period bucketOf(LocalDate day) {
        return switch (this) {
            case WEEK -> Period.week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> Period.month(YearMonth.from(day));
            case QUARTER -> Period.quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> Period.year(day.getYear());
        };
    }

    /** The bucket {@code count} buckets after (or, negative, before) the given one. */
    Period shift(Period bucket, int count) {
        LocalDate start = switch (this) {
            case WEEK -> bucket.start().with(DayOfWeek.MONDAY).plusWeeks(count);
            case MONTH -> bucket.start().plusMonths(count);
            case QUARTER -> bucket.start().plusMonths(3L * count);
            case YEAR -> bucket.start().plusYears(count);
        };
        return bucketOf(start);
    }
}
