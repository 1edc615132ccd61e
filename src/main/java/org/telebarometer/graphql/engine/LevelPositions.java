package org.telebarometer.graphql.engine;

import graphql.execution.ResultPath;

/**
 * Where each object of a level stands in the answer: from which object of the level above (and at which position
 * of its list) it came. Paths are built from it only for errors.
 */
final class LevelPositions {

    static final LevelPositions ROOT = new LevelPositions(null, null, null, null);

    private final LevelPositions parent;
    private final String key;
    private final int[] parents;
    private final int[] positions;

    /**
     * @param key       the field of the objects above that holds these (null for the items of a list of lists)
     * @param parents   for each object, the index of the object above it
     * @param positions for each object, its position in its list; null when the field is not a list
     */
    LevelPositions(LevelPositions parent, String key, int[] parents, int[] positions) {
        this.parent = parent;
        this.key = key;
        this.parents = parents;
        this.positions = positions;
    }

    ResultPath path(int index) {
        if (parent == null) {
            return ResultPath.rootPath();
        }
        ResultPath path = parent.path(parents[index]);
        if (key != null) {
            path = path.segment(key);
        }
        return positions == null ? path : path.segment(positions[index]);
    }

    ResultPath path(int index, String field) {
        return field == null ? path(index) : path(index).segment(field);
    }
}
