package org.telebarometer.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * The depth and the complexity of a GraphQL operation, counted as graphql-java's MaxQueryDepthInstrumentation and
 * MaxQueryComplexityInstrumentation count them: depth is the longest chain of nested fields, complexity the number of
 * fields (each field 1, plus its children), fragments expanded where they are spread.
 */
record QueryShape(int depth, int complexity) {

    /** The shape of the operation to run: the one named, or the largest when none is named. */
    static QueryShape of(Document document, String operationName) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        int depth = 0;
        int complexity = 0;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (operationName == null || operationName.equals(operation.getName())) {
                Walk walk = new Walk(fragments);
                depth = Math.max(depth, walk.depth(operation.getSelectionSet(), 0));
                complexity = Math.max(complexity, walk.complexity(operation.getSelectionSet(), 0));
            }
        }
        return new QueryShape(depth, complexity);
    }

    /** Follows fragment spreads; a spread nested deeper than this is a cycle (which validation rejects anyway). */
    private record Walk(Map<String, FragmentDefinition> fragments) {

        private static final int MAX_NESTING = 200;

        int depth(SelectionSet set, int nesting) {
            int deepest = 0;
            for (Selection<?> selection : selections(set, nesting)) {
                if (selection instanceof Field field) {
                    deepest = Math.max(deepest, 1 + depth(field.getSelectionSet(), nesting + 1));
                } else {
                    deepest = Math.max(deepest, depth(inner(selection), nesting + 1));
                }
            }
            return deepest;
        }

        int complexity(SelectionSet set, int nesting) {
            int total = 0;
            for (Selection<?> selection : selections(set, nesting)) {
                if (selection instanceof Field field) {
                    total += 1 + complexity(field.getSelectionSet(), nesting + 1);
                } else {
                    total += complexity(inner(selection), nesting + 1);
                }
            }
            return total;
        }

        private List<Selection> selections(SelectionSet set, int nesting) {
            return set == null || nesting > MAX_NESTING ? List.of() : set.getSelections();
        }

        private SelectionSet inner(Selection<?> selection) {
            if (selection instanceof InlineFragment inline) {
                return inline.getSelectionSet();
            }
            if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                return fragments.get(spread.getName()).getSelectionSet();
            }
            return null;
        }
    }
}
