package org.telebarometer.observation;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.telebarometer.graphql.Page;
import org.telebarometer.graphql.PageInfo;

/**
 * One page of observations. Its totalCount is resolved apart, only when asked for.
 */
@Type("ObservationConnection")
@Description("A page of observations, ordered by period start, then series key, then id. Use `nodes` for the "
        + "observations alone, `edges` when you need each one's cursor.")
public class ObservationConnection {

    private final Page<Observation> page;
    private final CountScope countScope;

    ObservationConnection(Page<Observation> page, CountScope countScope) {
        this.page = page;
        this.countScope = countScope;
    }

    @NonNull
    @Description("The observations of this page with their cursors.")
    public List<@NonNull ObservationEdge> getEdges() {
        return page.items().stream().map(o -> new ObservationEdge(page.cursor(o), o)).toList();
    }

    @NonNull
    @Description("The observations of this page.")
    public List<@NonNull Observation> getNodes() {
        return page.items();
    }

    @NonNull
    @Description("Whether more pages follow, and the cursors to read them.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }

    CountScope countScope() {
        return countScope;
    }
}
