package org.telebarometer.search;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.telebarometer.graphql.PageInfo;

@Type("SearchConnection")
@Description("A page of search hits, most relevant first.")
public record SearchConnection(
        @NonNull @Description("How many observations match in all when totalCountIsExact; otherwise at least this many "
                + "match: a search counts exactly up to a limit of the server (10,000 unless configured), then stops "
                + "counting and skips what cannot enter the page.")
        int totalCount,
        @NonNull @Description("Whether totalCount is the exact number of matches (true) or a lower bound (false).")
        boolean totalCountIsExact,
        @NonNull @Description("The hits of this page with their cursors.") List<@NonNull SearchEdge> edges,
        @NonNull @Description("Whether more pages follow, and the cursors to read them.") PageInfo pageInfo) {

    @NonNull
    @Description("The hits of this page.")
    public List<@NonNull SearchHit> getNodes() {
        return edges.stream().map(SearchEdge::node).toList();
    }
}
