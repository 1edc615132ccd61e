package org.telebarometer.series;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.telebarometer.graphql.Page;
import org.telebarometer.graphql.PageInfo;

@Type("SeriesConnection")
@Description("A page of series, ordered by key.")
public class SeriesConnection {

    private final Page<Series> page;
    private final SeriesCriteria criteria;

    SeriesConnection(Page<Series> page, SeriesCriteria criteria) {
        this.page = page;
        this.criteria = criteria;
    }

    @NonNull
    @Description("The series of this page with their cursors.")
    public List<@NonNull SeriesEdge> getEdges() {
        return page.items().stream().map(s -> new SeriesEdge(page.cursor(s), s)).toList();
    }

    @NonNull
    @Description("The series of this page.")
    public List<@NonNull Series> getNodes() {
        return page.items();
    }

    @NonNull
    @Description("Whether more pages follow, and the cursors to read them.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }

    SeriesCriteria criteria() {
        return criteria;
    }
}
