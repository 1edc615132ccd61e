package org.telebarometer.node;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.graphql.Paging;

/** Relay's {@code node} and {@code nodes}: any object with an identity, by its global id. */
@GraphQLApi
public class NodeApi {

    private final NodeService nodes;
    private final Paging paging;

    public NodeApi(NodeService nodes, Paging paging) {
        this.nodes = nodes;
        this.paging = paging;
    }

    @Query("node")
    @Description("The object with this global id (any type that implements Node); null when there is none. A "
            + "malformed id is an INVALID_ID error.")
    public Node node(@Name("id") @Id @NonNull @Description("A global id, as the id field gives it.") String id) {
        return nodes.find(List.of(parse(id))).get(0);
    }

    @Query("nodes")
    @NonNull
    @Description("The objects with these global ids, in the same order: null in the place of an id that names "
            + "nothing. At most a page of ids (500); a malformed id is an INVALID_ID error.")
    public List<Node> nodes(@Name("ids") @Id @NonNull @Description("Global ids, as the id field gives them.")
            List<@NonNull String> ids) {
        if (ids.size() > paging.maxPageSize()) {
            throw new ApiException(ErrorCode.PAGE_TOO_LARGE, "nodes takes at most " + paging.maxPageSize()
                    + " ids (got " + ids.size() + "): ask in several requests.");
        }
        return nodes.find(ids.stream().map(NodeApi::parse).toList());
    }

    private static NodeId parse(String id) {
        NodeId parsed = NodeId.parse(id);
        if (parsed == null) {
            throw new ApiException(ErrorCode.INVALID_ID, "'" + (id.length() > 60 ? id.substring(0, 60) + "..." : id)
                    + "' is not an id of this API: pass the id field of an object as it was given.");
        }
        return parsed;
    }
}
