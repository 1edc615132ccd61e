package org.telebarometer.metric;

import org.eclipse.microprofile.graphql.Description;

@Description("The unit of a metric's values.")
public enum MetricUnit {
    @Description("A number of acts or people.")
    COUNT,
    @Description("A percentage, from 0 to 100.")
    PERCENT,
    @Description("An amount of money in euros.")
    EUR,
    @Description("A change relative to a base period, in percent: +20 is a fifth more, -32 a third less (never below "
            + "-100).")
    PERCENT_CHANGE,
    @Description("A duration in days.")
    DAYS
}
