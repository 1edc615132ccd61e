package org.telebarometer.analysis;

import org.eclipse.microprofile.graphql.Description;

@Description("What a timeline point's value shows, as FRED's units: the level, or its change.")
public enum Transform {
    @Description("The aggregated value itself.")
    LEVEL,
    @Description("The level minus the level of the bucket before.")
    CHANGE,
    @Description("The change from the bucket before, in percent of that bucket's level.")
    PERCENT_CHANGE,
    @Description("The change from the same bucket a year earlier (52 weeks, 12 months, 4 quarters or 1 year before), "
            + "in percent of that bucket's level.")
    YEAR_ON_YEAR;

    /** How many buckets before the first one the transform needs. */
    int lookback(TimelineGranularity granularity) {
        return switch (this) {
            case LEVEL -> 0;
            case CHANGE, PERCENT_CHANGE -> 1;
            case YEAR_ON_YEAR -> granularity.perYear();
        };
    }

    /**
     * @param level     the bucket's level, null when unknown
     * @param reference the level {@link #lookback} buckets before, null when unknown
     * @return the transformed value; null when a level it needs is unknown, or a percentage of zero
     */
    Double apply(Double level, Double reference) {
        if (this == LEVEL || level == null) {
            return level;
        }
        if (reference == null) {
            return null;
        }
        if (this == CHANGE) {
            return level - reference;
        }
        return reference == 0 ? null : (level / reference - 1) * 100;
    }
}
