package org.telebarometer.publication;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.telebarometer.graphql.Page;
import org.telebarometer.graphql.PageInfo;

@Type("PublicationConnection")
@Description("A page of publications, ordered by publication date (unknown dates last), then id.")
public class PublicationConnection {

    private final Page<Publication> page;
    private final PublicationCriteria criteria;

    PublicationConnection(Page<Publication> page, PublicationCriteria criteria) {
        this.page = page;
        this.criteria = criteria;
    }

    @NonNull
    @Description("The publications of this page with their cursors.")
    public List<@NonNull PublicationEdge> getEdges() {
        return page.items().stream().map(p -> new PublicationEdge(page.cursor(p), p)).toList();
    }

    @NonNull
    @Description("The publications of this page.")
    public List<@NonNull Publication> getNodes() {
        return page.items();
    }

    @NonNull
    @Description("Whether more pages follow, and the cursors to read them.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }

    PublicationCriteria criteria() {
        return criteria;
    }
}
