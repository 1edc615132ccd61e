package org.telebarometer.metric;

import org.eclipse.microprofile.graphql.Description;

@Description("The unit of a metric's values.")
public enum MetricUnit {
    @Description("A number of acts or people.")
    COUNT,
    @Description("A percentage, from 0 to 100.")
    PERCENT
}
