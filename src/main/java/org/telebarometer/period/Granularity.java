package org.telebarometer.period;

import org.eclipse.microprofile.graphql.Description;

@Description("The shape of a period: one calendar unit, or any other span of days (CUSTOM).")
public enum Granularity {
    @Description("One calendar day, written 2020-03-28.")
    DAY,
    @Description("One ISO-8601 week, Monday to Sunday, written 2020-W13.")
    WEEK,
    @Description("One calendar month, written 2020-03.")
    MONTH,
    @Description("One calendar quarter, written 2020-Q2.")
    QUARTER,
    @Description("One calendar year, written 2020.")
    YEAR,
    @Description("Any other span of days, written start/end with both dates included: 2020-03-23/2020-03-31.")
    CUSTOM
}
