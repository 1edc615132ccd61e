package org.telebarometer.analysis;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.telebarometer.graphql.Cursor;
import org.telebarometer.observation.Observation;

@Type("Discrepancy")
@Description("Two figures of the same series, for comparable periods, from different publications, that cannot "
        + "both be right given their qualifiers.")
public record Discrepancy(
        @NonNull @Description("The figure whose period starts first (or, on the same day, the one of lower id).") Observation first,
        @NonNull @Description("The other figure.") Observation second,
        @Description("The distance between the values the two qualifiers allow, in the metric's unit.") double absoluteGap,
        @Description("absoluteGap divided by the larger of the two values: 0.11 for 80,000 against 90,000.") double relativeGap,
        @Description("Days the two periods share.") int overlapDays) {

    static final String CURSOR_KIND = "discrepancy";

    @Ignore
    public Cursor cursor() {
        return Cursor.of(CURSOR_KIND, first.seriesKey, first.period.start().toString(), first.id, second.id);
    }
}
