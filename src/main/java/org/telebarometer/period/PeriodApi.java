package org.telebarometer.period;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class PeriodApi {

    @Query("namedPeriods")
    @NonNull
    @Description("Periods known by name (lockdowns...), by start date. Pass a code as `during`.")
    public List<@NonNull NamedPeriod> namedPeriods() {
        return NamedPeriod.listByStart();
    }

    @Query("namedPeriod")
    @Description("One named period by code; null when there is none.")
    public NamedPeriod namedPeriod(@Name("code") @NonNull @Description("e.g. FIRST_LOCKDOWN") String code) {
        return NamedPeriod.findById(code);
    }

    @NonNull
    @Description("The period in ISO-8601 form: 2020-W13, 2020-03, 2020-Q2, 2020, 2020-03-28 or start/end for any "
            + "other span.")
    public String label(@Source Period period) {
        return period.label();
    }

    @Description("Number of days covered, both ends included.")
    public int days(@Source Period period) {
        return Math.toIntExact(period.days());
    }
}
