package org.telebarometer.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page stands in its list (Relay cursor connections). To read the next page, pass endCursor as "
        + "`after` while hasNextPage is true.")
public record PageInfo(
        @NonNull @Description("True when more items follow this page.") boolean hasNextPage,
        @NonNull @Description("True when this page was read after a cursor, so items precede it.") boolean hasPreviousPage,
        @Description("Cursor of the first item of the page; null when the page is empty.") String startCursor,
        @Description("Cursor of the last item of the page; pass it as `after` to read the next page. Null when the "
                + "page is empty.") String endCursor) {
}
