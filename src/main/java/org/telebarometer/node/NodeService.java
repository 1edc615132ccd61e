package org.telebarometer.node;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.telebarometer.graphql.Batches;

/** Fetches objects by global id: one load per type asked for, whatever the number of ids. */
@ApplicationScoped
public class NodeService {

    /**
     * @param ids ids already parsed; a null one stays null
     * @return for each id, in order, its object, or null when there is none
     */
    public List<Node> find(List<NodeId> ids) {
        Map<NodeType, List<String>> keysByType = new EnumMap<>(NodeType.class);
        for (NodeId id : ids) {
            if (id != null) {
                keysByType.computeIfAbsent(id.type(), type -> new ArrayList<>()).add(id.key());
                if (id.type() == NodeType.Observation) {
                    // 24 hexadecimal digits are also a valid publication id
                    keysByType.computeIfAbsent(NodeType.Publication, type -> new ArrayList<>()).add(id.key());
                }
            }
        }
        Map<NodeType, Map<String, Node>> loaded = new EnumMap<>(NodeType.class);
        keysByType.forEach((type, keys) -> loaded.put(type, load(type, keys)));
        List<Node> nodes = new ArrayList<>(ids.size());
        for (NodeId id : ids) {
            Node node = id == null ? null : loaded.get(id.type()).get(id.key());
            if (node == null && id != null && id.type() == NodeType.Observation) {
                node = loaded.get(NodeType.Publication).get(id.key());
            }
            nodes.add(node);
        }
        return nodes;
    }

    private static Map<String, Node> load(NodeType type, List<String> keys) {
        List<? extends Node> found = Batches.resolve(keys, key -> key, type.entity());
        Map<String, Node> byKey = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (found.get(i) != null) {
                byKey.put(keys.get(i), found.get(i));
            }
        }
        return byKey;
    }
}
