package org.telebarometer.analysis;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.telebarometer.graphql.Page;
import org.telebarometer.graphql.PageInfo;

@Type("DiscrepancyConnection")
@Description("A page of discrepancies, ordered by the start of the first figure's period, then series key.")
public class DiscrepancyConnection {

    private final Page<Discrepancy> page;
    private final int totalCount;

    DiscrepancyConnection(Page<Discrepancy> page, int totalCount) {
        this.page = page;
        this.totalCount = totalCount;
    }

    @Description("Number of discrepancies in the whole report, across all pages.")
    public int getTotalCount() {
        return totalCount;
    }

    @NonNull
    @Description("The discrepancies of this page with their cursors.")
    public List<@NonNull DiscrepancyEdge> getEdges() {
        return page.items().stream().map(d -> new DiscrepancyEdge(page.cursor(d), d)).toList();
    }

    @NonNull
    @Description("The discrepancies of this page.")
    public List<@NonNull Discrepancy> getNodes() {
        return page.items();
    }

    @NonNull
    @Description("Whether more pages follow, and the cursors to read them.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }
}
