package org.telebarometer.graphql;

import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a GraphQL request text asks for, parsed once per distinct text (clients send the same few again and again):
 * its operation type, its root fields (the label of its metrics), its shape, or why it does not parse.
 */
@ApplicationScoped
public class OperationCatalog {

    /** A request that does not parse: SmallRye GraphQL reports its syntax error. */
    public static final Operation INVALID = new Operation("invalid", "INVALID", new QueryShape(0, 0), false);

    private static final int MAX_REMEMBERED = 10_000;

    private final int maxTokens;
    private final Map<String, Operation> known = new ConcurrentHashMap<>();

    OperationCatalog(@ConfigProperty(name = "telebarometer.graphql.max-query-tokens", defaultValue = "5000") int maxTokens) {
        this.maxTokens = maxTokens;
    }

    /**
     * @param rootFields the operation's root fields, sorted and joined by commas: "metrics,namedPeriods"
     * @param type       QUERY, MUTATION or SUBSCRIPTION
     */
    public record Operation(String rootFields, String type, QueryShape shape, boolean tooManyTokens) {
    }

    public Operation describe(String query, String operationName) {
        String key = operationName + '\u0000' + query;
        Operation operation = known.get(key);
        if (operation == null) {
            operation = parse(query, operationName);
            if (known.size() >= MAX_REMEMBERED) {
                known.clear();
            }
            known.put(key, operation);
        }
        return operation;
    }

    public int maxTokens() {
        return maxTokens;
    }

    private Operation parse(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultParserOptions().transform(o -> o.maxTokens(maxTokens)))
                    .build());
        } catch (ParseCancelledException tooLong) {
            return new Operation("invalid", "INVALID", new QueryShape(0, 0), true);
        } catch (InvalidSyntaxException invalid) {
            return INVALID;
        }
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(op -> operationName == null || operationName.equals(op.getName()))
                .findFirst()
                .map(op -> new Operation(rootFields(op), op.getOperation().name(), QueryShape.of(document, operationName),
                        false))
                .orElse(INVALID);
    }

    private static String rootFields(OperationDefinition operation) {
        return operation.getSelectionSet().getSelectionsOfType(Field.class).stream()
                .map(Field::getName)
                .collect(Collectors.toCollection(TreeSet::new))
                .stream().collect(Collectors.joining(","));
    }
}
