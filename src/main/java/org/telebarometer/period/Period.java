package org.telebarometer.period;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A span of whole days, both ends included, with the calendar unit it is (a week, a month...) or CUSTOM.
 * <p>
 * Its text form is ISO-8601: {@code 2020-03-28}, {@code 2020-W13}, {@code 2020-03}, {@code 2020-Q2}, {@code 2020},
 * or {@code start/end} where each side is any of those forms ({@code 2020-03-23/2020-03-29},
 * {@code 2020-W01/2020-W10}); {@link #label()} prints the canonical form back.
 */
@Embeddable
@Type("Period")
@Description("The span of days an observation covers, both ends included.")
public record Period(
        @Column(name = "period_start", nullable = false) @NonNull @Description("First day of the period.") LocalDate start,
        @Column(name = "period_end", nullable = false) @NonNull @Description("Last day of the period (included).") LocalDate end,
        @Column(name = "period_granularity", nullable = false, length = 16) @Enumerated(EnumType.STRING) @NonNull
        @Description("The calendar unit the period is, or CUSTOM.") Granularity granularity) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public Period {
        if (start == null || end == null || granularity == null) {
            throw new InvalidPeriodException("A period needs a start, an end and a granularity.");
        }
        if (end.isBefore(start)) {
            throw new InvalidPeriodException("The period ends (" + end + ") before it starts (" + start + ").");
        }
        if (granularity != Granularity.CUSTOM && !end.equals(endOfUnit(start, granularity))) {
            throw new InvalidPeriodException(start + "/" + end + " is not one " + granularity.name().toLowerCase(
                    Locale.ROOT) + ".");
        }
    }

    /** Parses any of the ISO forms listed on the class. */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPeriodException("A period is required, such as 2020-W13, 2020-03 or 2020-03-23/2020-03-29.");
        }
        String normalized = text.trim().toUpperCase(Locale.ROOT);
        int slash = normalized.indexOf('/');
        if (slash < 0) {
            return parseUnit(normalized, text);
        }
        Period first = parseUnit(normalized.substring(0, slash), text);
        Period last = parseUnit(normalized.substring(slash + 1), text);
        if (last.end.isBefore(first.start)) {
            throw new InvalidPeriodException("'" + text + "' ends before it starts: write the earlier bound first.");
        }
        return between(first.start, last.end);
    }

    public static Period between(LocalDate start, LocalDate end) {
        return new Period(start, end, Granularity.CUSTOM);
    }

    public static Period day(LocalDate day) {
        return new Period(day, day, Granularity.DAY);
    }

    public static Period week(int weekBasedYear, int week) {
        LocalDate reference = LocalDate.of(weekBasedYear, 1, 4);
        long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(reference).getMaximum();
        if (week < 1 || week > weeks) {
            throw new InvalidPeriodException(weekBasedYear + " has ISO weeks 1 to " + weeks + " (got week " + week + ").");
        }
        LocalDate monday = reference.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return new Period(monday, monday.plusDays(6), Granularity.WEEK);
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth(), Granularity.MONTH);
    }

    public static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(start, start.plusMonths(3).minusDays(1), Granularity.QUARTER);
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR);
    }

    /** The canonical ISO text of this period, which {@link #parse(String)} reads back to an equal period. */
    public String label() {
        return switch (granularity) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Year.from(start).toString();
            case CUSTOM -> start + "/" + end;
        };
    }

    /** Number of days covered, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** True when the period shares at least one day with [from, to]; a null bound is open. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !start.isAfter(to)) && (from == null || !end.isBefore(from));
    }

    @Override
    public String toString() {
        return label();
    }

    private static Period parseUnit(String unit, String original) {
        try {
            Matcher m;
            if ((m = WEEK.matcher(unit)).matches()) {
                return week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = QUARTER.matcher(unit)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = MONTH.matcher(unit)).matches()) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if (YEAR.matcher(unit).matches()) {
                return year(Integer.parseInt(unit));
            }
            if (DAY.matcher(unit).matches()) {
                return day(LocalDate.parse(unit));
            }
        } catch (DateTimeException e) {
            throw new InvalidPeriodException("'" + original + "' is not a valid period: " + e.getMessage());
        }
        throw new InvalidPeriodException("'" + original + "' is not a period. Write a day (2020-03-28), an ISO week "
                + "(2020-W13), a month (2020-03), a quarter (2020-Q2), a year (2020) or start/end (2020-03-23/2020-03-31).");
    }

    private static LocalDate endOfUnit(LocalDate start, Granularity granularity) {
        return switch (granularity) {
            case DAY -> start;
            case WEEK -> start.getDayOfWeek() == DayOfWeek.MONDAY ? start.plusDays(6) : null;
            case MONTH -> start.getDayOfMonth() == 1 ? start.plusMonths(1).minusDays(1) : null;
            case QUARTER -> start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0
                    ? start.plusMonths(3).minusDays(1) : null;
            case YEAR -> start.getDayOfYear() == 1 ? start.plusYears(1).minusDays(1) : null;
            case CUSTOM -> null;
        };
    }
}
