package org.telebarometer.metric;

import org.eclipse.microprofile.graphql.Description;

@Description("How a metric's values combine into a longer period, as timelines do.")
public enum Aggregation {
    @Description("A rate or a level (a weekly count, a share): a longer period's value is the mean of its parts, each "
            + "weighted by the days it covers.")
    MEAN,
    @Description("A total over the period: a longer period's value is the sum of figures for periods that tile it "
            + "exactly.")
    SUM
}
