package org.telebarometer.graphql.engine;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.telebarometer.language.Translated;

/**
 * The schema SmallRye GraphQL builds from the annotations (types, fields, arguments, descriptions), with a data
 * fetcher of this package on every field: plain properties are read directly ({@link PropertyFetcher}), resolver
 * methods are called once per field ({@link MethodFetcher}) or once per level for {@code @Source List} methods
 * ({@link BatchFetcher}).
 * <p>
 * Why not SmallRye's own fetchers: they populate a request context for every field of every object (its selected
 * fields as JSON, a copy of the context), about 15 MB of allocation for a page of 100 observations, which made a
 * computed answer several times slower than a generic GraphQL server's (bench/RESULTS.md).
 */
final class ExecutableSchema {

    private final GraphQLSchema built;
    private final ObjectMapper json;
    private final Function<Class<?>, Object> beans;
    private final GraphQLCodeRegistry.Builder registry;
    /** The types with fields resolved by {@code @Source List} methods: their objects travel with their siblings. */
    private final Set<String> batched;

    private ExecutableSchema(GraphQLSchema built, Schema model, ObjectMapper json, Function<Class<?>, Object> beans) {
        this.built = built;
        this.json = json;
        this.beans = beans;
        this.batched = model.getTypes().values().stream().filter(type -> !type.getBatchOperations().isEmpty())
                .map(Type::getName).collect(Collectors.toSet());
        // Every field is public. SmallRye's default visibility is a pattern list ("default"), matched by a regular
        // expression at every field of every object: measured at a tenth of an answer's allocation.
        this.registry = GraphQLCodeRegistry.newCodeRegistry(built.getCodeRegistry())
                .fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
    }

    /**
     * @param beans the instance of each {@code @GraphQLApi} class, whose methods resolve fields
     * @throws IllegalStateException when a field is left without a fetcher of this package
     */
    static GraphQLSchema wire(GraphQLSchema built, Schema model, ObjectMapper json, Function<Class<?>, Object> beans) {
        ExecutableSchema wiring = new ExecutableSchema(built, model, json, beans);
        model.getTypes().values().forEach(wiring::type);
        model.getQueries().forEach(query -> wiring.root(built.getQueryType(), query));
        model.getMutations().forEach(mutation -> wiring.root(built.getMutationType(), mutation));
        // one build of the schema (graphql-java validates every build)
        GraphQLSchema wired = StandardScalars.wire(built, schema -> schema.codeRegistry(wiring.registry.build())
                .additionalType(Languages.TYPE).additionalDirective(Languages.IN_CONTEXT));
        requireOwnFetchers(wired);
        return wired;
    }

    /** The object type of each class of the GraphQL model, by the class' name (for interfaces and unions). */
    static Map<String, String> objectTypeNamesByClass(Schema model) {
        return model.getTypes().values().stream().collect(Collectors.toMap(Type::getClassName, Type::getName,
                (first, second) -> first));
    }

    private void type(Type type) {
        Class<?> owner = load(type.getClassName());
        for (Field field : type.getFields().values()) {
            registry.dataFetcher(FieldCoordinates.coordinates(type.getName(), field.getName()),
                    property(owner, field, type.getName()));
        }
        for (Operation operation : type.getOperations().values()) {
            registry.dataFetcher(FieldCoordinates.coordinates(type.getName(), operation.getName()),
                    new MethodFetcher(method(operation), batchedBelow(type.getName(), operation.getName())));
        }
        for (Operation operation : type.getBatchOperations().values()) {
            boolean hasArguments = operation.getArguments().stream().anyMatch(a -> !a.isSourceArgument());
            registry.dataFetcher(FieldCoordinates.coordinates(type.getName(), operation.getName()),
                    new BatchFetcher(method(operation), hasArguments, batchedBelow(type.getName(), operation.getName())));
        }
    }

    private void root(GraphQLObjectType root, Operation operation) {
        registry.dataFetcher(FieldCoordinates.coordinates(root.getName(), operation.getName()),
                new MethodFetcher(method(operation), batchedBelow(root.getName(), operation.getName())));
    }

    private DataFetcher<Object> property(Class<?> owner, Field field, String typeName) {
        if (field.getTransformation() != null || field.isAdaptingWith() || field.isAdaptingTo()) {
            throw new IllegalStateException(owner.getSimpleName() + "." + field.getName() + " needs a transformation "
                    + "(a format or an adapter), which this schema does not support: expose a plain value.");
        }
        try {
            boolean method = field.getMethodName() != null;
            String property = method ? field.getMethodName() : field.getPropertyName();
            Translated translated = translation(owner, field.getPropertyName());
            if (translated != null) {
                return new TranslatedFetcher(PropertyFetcher.plain(owner, property, method), french(owner,
                        translated.french(), method));
            }
            return PropertyFetcher.of(owner, method ? field.getMethodName() : field.getPropertyName(), method,
                    batchedBelow(typeName, field.getName()), isList(typeName, field.getName()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + owner.getSimpleName() + "." + field.getName(), e);
        }
    }

    /** The {@link Translated} mark of a public field or of a record component, by the property's name. */
    private static Translated translation(Class<?> owner, String property) {
        if (owner.isRecord()) {
            return Arrays.stream(owner.getRecordComponents()).filter(c -> c.getName().equals(property)).findFirst()
                    .map(c -> c.getAnnotation(Translated.class)).orElse(null);
        }
        // declared, not public: Panache makes an entity's public fields private behind generated accessors
        for (Class<?> type = owner; type != null; type = type.getSuperclass()) {
            try {
                return type.getDeclaredField(property).getAnnotation(Translated.class);
            } catch (NoSuchFieldException e) {
                // a superclass may declare it
            }
        }
        return null;
    }

    /** The French sibling, read as the English property is: by its accessor (a record's, an entity's) or as a field. */
    private static PropertyFetcher french(Class<?> owner, String name, boolean method)
            throws ReflectiveOperationException {
        if (!method) {
            return PropertyFetcher.plain(owner, name, false);
        }
        String accessor = owner.isRecord() ? name : "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return PropertyFetcher.plain(owner, accessor, true);
    }

    /** Whether the objects of a field have batched fields, so that they must travel with their siblings. */
    private boolean batchedBelow(String typeName, String fieldName) {
        GraphQLType type = GraphQLTypeUtil.unwrapAll(definition(typeName, fieldName).getType());
        return batched.contains(((GraphQLNamedType) type).getName());
    }

    private boolean isList(String typeName, String fieldName) {
        return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition(typeName, fieldName).getType()));
    }

    private GraphQLFieldDefinition definition(String typeName, String fieldName) {
        return built.getObjectType(typeName).getFieldDefinition(fieldName);
    }

    private ApiMethod method(Operation operation) {
        Class<?> api = load(operation.getClassName());
        return new ApiMethod(beans.apply(api), find(api, operation), operation.getArguments(), json);
    }

    /** The method of an operation: by name and parameters; overloads differ by the type of their source. */
    private static Method find(Class<?> api, Operation operation) {
        List<Method> candidates = Arrays.stream(api.getMethods())
                .filter(m -> m.getName().equals(operation.getMethodName()))
                .filter(m -> m.getParameterCount() == operation.getArguments().size())
                .filter(m -> sourceMatches(m, operation))
                .toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException("Cannot tell which method resolves " + operation.getName() + " in "
                    + api.getSimpleName() + ": " + candidates);
        }
        return candidates.get(0);
    }

    private static boolean sourceMatches(Method method, Operation operation) {
        List<Argument> arguments = operation.getArguments();
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).isSourceArgument()) {
                java.lang.reflect.Type type = method.getGenericParameterTypes()[i];
                Class<?> element = type instanceof ParameterizedType list
                        ? (Class<?>) list.getActualTypeArguments()[0] : method.getParameterTypes()[i];
                return element.getName().equals(arguments.get(i).getReference().getClassName());
            }
        }
        return true;
    }

    private static void requireOwnFetchers(GraphQLSchema schema) {
        List<String> foreign = new ArrayList<>();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
                .filter(t -> !t.getName().startsWith("__")).toList()) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(type, field);
                if (fetcher == null || !fetcher.getClass().getPackageName().equals(ExecutableSchema.class.getPackageName())) {
                    foreign.add(type.getName() + "." + field.getName());
                }
            }
        }
        if (!foreign.isEmpty()) {
            throw new IllegalStateException("Fields without a fetcher of this application: " + foreign);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The GraphQL model names a class that is not there: " + name, e);
        }
    }
}
