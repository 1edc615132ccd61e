package org.telebarometer.cache;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

/**
 * Tells whether a GraphQL document's operation only reads: a query, not a mutation or a subscription.
 */
final class ReadOnlyQueries {

    private ReadOnlyQueries() {
    }

    /**
     * @param operationName the operation to run, or null when the document holds one
     * @return false when the document does not parse or the operation is not a query (SmallRye then reports why)
     */
    static boolean isReadOnly(String document, String operationName) {
        Document parsed;
        try {
            parsed = Parser.parse(document);
        } catch (RuntimeException invalid) {
            return false;
        }
        var operations = parsed.getDefinitionsOfType(OperationDefinition.class);
        var chosen = operations.stream()
                .filter(op -> operationName == null ? operations.size() == 1 : operationName.equals(op.getName()))
                .findFirst();
        return chosen.isPresent() && chosen.get().getOperation() == OperationDefinition.Operation.QUERY;
    }
}
