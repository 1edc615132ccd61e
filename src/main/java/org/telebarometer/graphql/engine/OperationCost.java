package org.telebarometer.graphql.engine;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What an operation may make the server do, measured on its document before it runs, as GitHub's API counts nodes:
 * <ul>
 * <li><b>cost</b>: the fields it can return in all. Each field counts 1 per object it is asked on; the list of nodes
 * (or edges) of a connection holds its {@code first} items (or the default page size), any other list of objects
 * {@value #LIST_ESTIMATE}: those lists are short (reference data, a point's figures) and the longest (a timeline's
 * points) has a bound of its own; the engine also caps the values an answer holds, should an estimate be wrong.
 * {@code observations(first: 100) { totalCount nodes { id value } }} costs 1 + 1 + (1 + 100 × 2) = 203.</li>
 * <li><b>depth</b>: the longest chain of nested fields.</li>
 * </ul>
 * One pass: each fragment is measured once, where it is defined, whatever the number of places it is spread in, so
 * that measuring a document costs its size even when its fragments spread each other exponentially often.
 * Introspection (the schema's own lists) is counted field by field, its lists bounded by the schema.
 */
final class OperationCost {

    /** The shape of an operation: {@code cost} saturates at {@link Long#MAX_VALUE}. */
    record Shape(int depth, long cost) {
        static final Shape NONE = new Shape(0, 0);
        static final Shape UNBOUNDED = new Shape(Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    static final int LIST_ESTIMATE = 10;
    /** The selections are not those of a connection. */
    private static final long NO_PAGE = -1;
    private static final String FIRST = "first";
    /** A list fetched by ids ({@code nodes(ids:)}) holds as many objects as ids. */
    private static final String IDS = "ids";

    private final GraphQLSchema schema;
    private final int defaultPageSize;

    OperationCost(GraphQLSchema schema, int defaultPageSize) {
        this.schema = schema;
        this.defaultPageSize = defaultPageSize;
    }

    Shape of(Document document, OperationDefinition operation, Map<String, Object> variables) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        return new Walk(fragments, variables).selections(operation.getSelectionSet(), root(schema, operation), NO_PAGE,
                false);
    }

    /** The type whose fields are the operation's root fields (null for a subscription: this schema has none). */
    static GraphQLFieldsContainer root(GraphQLSchema schema, OperationDefinition operation) {
        return switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
    }

    /** One measure of one document: the fragments measured so far, by fragment and context. */
    private final class Walk {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Object> variables;
        private final Map<String, Shape> measured = new HashMap<>();
        private final Set<String> inProgress = new HashSet<>();

        Walk(Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
            this.fragments = fragments;
            this.variables = variables == null ? Map.of() : variables;
        }

        /**
         * @param page the {@code first} of the connection these are the selections of (its list of nodes or edges
         *             has that many items), or {@link #NO_PAGE}
         */
        Shape selections(SelectionSet set, GraphQLType parent, long page, boolean introspection) {
            if (set == null) {
                return Shape.NONE;
            }
            int depth = 0;
            long cost = 0;
            for (Selection<?> selection : set.getSelections()) {
                Shape shape = selection(selection, parent, page, introspection);
                depth = Math.max(depth, shape.depth());
                cost = plus(cost, shape.cost());
            }
            return new Shape(depth, cost);
        }

        private Shape selection(Selection<?> selection, GraphQLType parent, long page, boolean introspection) {
            if (selection instanceof Field field) {
                return field(field, parent, page, introspection);
            }
            if (selection instanceof InlineFragment inline) {
                GraphQLType type = inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName());
                return selections(inline.getSelectionSet(), type, page, introspection);
            }
            if (selection instanceof FragmentSpread spread) {
                return fragment(spread.getName(), page, introspection);
            }
            return Shape.NONE;
        }

        private Shape field(Field field, GraphQLType parent, long page, boolean introspection) {
            GraphQLFieldDefinition definition = definition(parent, field.getName());
            boolean inIntrospection = introspection || field.getName().startsWith("__");
            if (definition == null || field.getSelectionSet() == null) {
                return new Shape(1, 1);
            }
            long items = !isList(definition.getType()) || inIntrospection ? 1 : page != NO_PAGE ? page
                    : definition.getArgument(IDS) != null ? ids(field) : LIST_ESTIMATE;
            long childPage = definition.getArgument(FIRST) != null ? first(field) : NO_PAGE;
            Shape children = selections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()),
                    childPage, inIntrospection);
            return new Shape(plus(children.depth(), 1), plus(1, times(items, children.cost())));
        }

        private Shape fragment(String name, long page, boolean introspection) {
            String key = name + '/' + page + '/' + introspection;
            Shape known = measured.get(key);
            if (known != null) {
                return known;
            }
            FragmentDefinition fragment = fragments.get(name);
            if (fragment == null) {
                return Shape.NONE;
            }
            if (!inProgress.add(key)) {
                return Shape.UNBOUNDED;
            }
            Shape shape = selections(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()),
                    page, introspection);
            inProgress.remove(key);
            measured.put(key, shape);
            return shape;
        }

        private GraphQLFieldDefinition definition(GraphQLType parent, String name) {
            if (name.equals(Introspection.SchemaMetaFieldDef.getName())) {
                return Introspection.SchemaMetaFieldDef;
            }
            if (name.equals(Introspection.TypeMetaFieldDef.getName())) {
                return Introspection.TypeMetaFieldDef;
            }
            return parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
        }

        /** The number of ids a list of ids holds: a literal list, a variable (coerced), or a page's worth. */
        private long ids(Field field) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals(IDS)) {
                    if (argument.getValue() instanceof ArrayValue literal) {
                        return literal.getValues().size();
                    }
                    if (argument.getValue() instanceof VariableReference variable
                            && variables.get(variable.getName()) instanceof List<?> list) {
                        return list.size();
                    }
                    if (argument.getValue() instanceof VariableReference || argument.getValue() instanceof StringValue) {
                        return 1;
                    }
                }
            }
            return LIST_ESTIMATE;
        }

        /** The connection's {@code first}: a literal, a variable (coerced), or the default page size. */
        private long first(Field field) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals(FIRST)) {
                    if (argument.getValue() instanceof IntValue literal && isInt(literal.getValue())) {
                        return Math.max(0, literal.getValue().intValue());
                    }
                    if (argument.getValue() instanceof VariableReference variable
                            && variables.get(variable.getName()) instanceof Integer number) {
                        return Math.max(0, number);
                    }
                }
            }
            // none, or not an Int (validation reports it): the default
            return defaultPageSize;
        }
    }

    private static boolean isList(GraphQLType type) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return unwrapped instanceof GraphQLList;
    }

    private static boolean isInt(BigInteger value) {
        return value.bitLength() < 32;
    }

    static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static int plus(int a, int b) {
        int sum = a + b;
        return sum < 0 ? Integer.MAX_VALUE : sum;
    }

    static long times(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
