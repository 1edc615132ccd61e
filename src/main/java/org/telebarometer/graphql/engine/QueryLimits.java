package org.telebarometer.graphql.engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;

import org.telebarometer.graphql.ErrorCode;

/**
 * Checks that a request is within every limit: before its document is validated, one operation to run, no mutation
 * over a read-only transport (GET), and its depth; when its variables are coerced, just before it runs, its cost
 * ({@link OperationCost}, {@link CostInstrumentation}). Leaves the operation's type and root fields in the request's
 * context for the layers above.
 */
final class QueryLimits {

    private final GraphQLSchema schema;
    private final OperationCost cost;
    private final int maxDepth;
    private final long maxCost;
    private final int maxTokens;
    private final int maxCharacters;
    private final int defaultPageSize;

    QueryLimits(GraphQLSchema schema, OperationCost cost, int maxDepth, long maxCost, int maxTokens, int maxCharacters,
            int defaultPageSize) {
        this.schema = schema;
        this.cost = cost;
        this.maxDepth = maxDepth;
        this.maxCost = maxCost;
        this.maxTokens = maxTokens;
        this.maxCharacters = maxCharacters;
        this.defaultPageSize = defaultPageSize;
    }

    GraphQLError tooLong() {
        return CodedErrors.requestError(ErrorCode.QUERY_TOO_LONG, "The query has more than " + maxTokens
                + " tokens or " + maxCharacters + " characters: ask for fewer fields or split it in several requests.",
                List.of());
    }

    /** @return why the request may not run, or null */
    GraphQLError check(Document document, ExecutionInput input) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        String name = input.getOperationName();
        OperationDefinition operation = operations.stream()
                .filter(op -> name == null ? operations.size() == 1 : name.equals(op.getName()))
                .findFirst().orElse(null);
        if (operation == null) {
            return CodedErrors.requestError(ErrorCode.INVALID_QUERY, operations.isEmpty()
                    ? "The document holds no operation: send a query such as { metrics { code } }."
                    : name == null ? "The document holds several operations: name the one to run in operationName."
                            : "The document holds no operation named '" + name + "'.", List.of());
        }
        ExecutedOperation executed = new ExecutedOperation(operation.getOperation(), rootFields(operation));
        input.getGraphQLContext().put(ExecutedOperation.KEY, executed);
        if (Boolean.TRUE.equals(input.getGraphQLContext().get(GraphQLEngine.READ_ONLY)) && !executed.isQuery()) {
            return CodedErrors.requestError(ErrorCode.OPERATION_NOT_ALLOWED, "A " + executed.type().name()
                    .toLowerCase(Locale.ROOT) + " cannot be sent with GET: POST it.", operation.getSourceLocation() == null
                            ? List.of() : List.of(operation.getSourceLocation()));
        }
        OperationCost.Shape shape = cost.of(document, operation, Map.of());
        if (shape.depth() > maxDepth) {
            return CodedErrors.requestError(ErrorCode.QUERY_TOO_DEEP, "The query nests fields " + shape.depth()
                    + " deep; at most " + maxDepth + " levels are allowed: ask for less nested data.", List.of());
        }
        return null;
    }

    /** @return why the operation, with its coerced variables, may not run, or null */
    GraphQLError checkCost(Document document, OperationDefinition operation, Map<String, Object> variables) {
        OperationCost.Shape shape = cost.of(document, operation, variables);
        if (shape.cost() > maxCost) {
            return CodedErrors.requestError(ErrorCode.QUERY_TOO_COMPLEX, "The query may return up to "
                    + (shape.cost() == Long.MAX_VALUE ? "unboundedly many" : Long.toString(shape.cost()))
                    + " fields (its cost); at most " + maxCost + " are allowed. A connection multiplies what is under it "
                    + "by its `first` (" + defaultPageSize + " when not given), another list by "
                    + OperationCost.LIST_ESTIMATE + ": ask for smaller pages or fewer nested lists.", List.of());
        }
        return null;
    }

    /** The root fields the operation asks for that the schema knows, sorted: a bounded label for metrics. */
    private String rootFields(OperationDefinition operation) {
        GraphQLFieldsContainer root = OperationCost.root(schema, operation);
        TreeSet<String> names = new TreeSet<>();
        for (Field field : operation.getSelectionSet().getSelectionsOfType(Field.class)) {
            if (root != null && root.getFieldDefinition(field.getName()) != null) {
                names.add(field.getName());
            }
        }
        return names.isEmpty() ? "none" : names.size() == 1 ? names.first() : names.first() + ",...";
    }
}
