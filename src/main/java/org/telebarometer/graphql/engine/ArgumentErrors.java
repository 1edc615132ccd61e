package org.telebarometer.graphql.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.Value;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;

/**
 * The errors of argument values that do not fit their type, in words a client can act on: graphql-java names the
 * argument but prints the value as its syntax tree ({@code ObjectValue{objectFields=[...]}},
 * {@code EnumValue{name='DECADE'}}) and the scalar's complaint in the same terms. Each becomes: the argument, the
 * type it expects, the value as the client wrote it, and what is wrong with it.
 */
final class ArgumentErrors {

    /** graphql-java's wording: "argument 'first' with value 'StringValue{value='ten'}' is not a valid 'Int' - ...". */
    private static final Pattern ARGUMENT_MESSAGE = Pattern.compile(
            "argument '(\\w+)' with value '(?s)(.*?)' (is not a valid '\\w+'(?: - (.*))?|must not be null|"
                    + "must be an object type|is missing required fields '(.*)'|contains a field not in '\\w+': '(.*)')$");
    /** Scalars' words for the kind of literal they expected: "Expected an AST type of 'IntValue' but it was a ...". */
    private static final Pattern AST_TYPE = Pattern.compile("Expected (?:an )?AST type");
    private static final Map<String, String> LITERALS = Map.of("IntValue", "a whole number", "FloatValue", "a number",
            "StringValue", "a string", "BooleanValue", "true or false", "EnumValue", "an enum value",
            "ObjectValue", "an object", "ArrayValue", "a list", "NullValue", "null");
    private static final Pattern WRITTEN_AS = Pattern.compile("(?:was|but it was) (?:an? )?'(\\w+)'");

    private final GraphQLSchema schema;

    ArgumentErrors(GraphQLSchema schema) {
        this.schema = schema;
    }

    /** The same errors, those of argument values rewritten. */
    List<ValidationError> readable(List<ValidationError> errors, Document document) {
        List<ValidationError> readable = new ArrayList<>(errors.size());
        for (ValidationError error : errors) {
            readable.add(error.getValidationErrorType() == ValidationErrorType.WrongType ? rewrite(error, document)
                    : error);
        }
        return readable;
    }

    private ValidationError rewrite(ValidationError error, Document document) {
        Matcher words = ARGUMENT_MESSAGE.matcher(error.getDescription() == null ? "" : error.getDescription());
        if (error.getLocations() == null || error.getLocations().isEmpty() || !words.find()) {
            return error;
        }
        Located located = new Finder(document, error.getLocations().get(0)).find();
        if (located == null) {
            return error;
        }
        String written = written(located.argument().getValue());
        String message = "Argument '" + located.argument().getName() + "' expects "
                + GraphQLTypeUtil.simplePrint(located.type()) + "; the value given, " + written + ", "
                + problem(words, located.argument()) + ".";
        return ValidationError.newValidationError().validationErrorType(ValidationErrorType.WrongType)
                .sourceLocations(error.getLocations()).description(message).queryPath(error.getQueryPath()).build();
    }

    private static String problem(Matcher words, Argument argument) {
        String outcome = words.group(3);
        if (outcome.startsWith("must not be null")) {
            return "is null, which it may not be";
        }
        if (outcome.startsWith("must be an object")) {
            return "is not an object { ... }";
        }
        if (words.group(5) != null) {
            return "lacks the required field(s) " + words.group(5);
        }
        if (words.group(6) != null) {
            return "has a field the type does not have: " + words.group(6);
        }
        String detail = words.group(4);
        if (detail == null) {
            return "is not one";
        }
        Matcher literal = WRITTEN_AS.matcher(detail);
        if (AST_TYPE.matcher(detail).find() && literal.find()) {
            return "is not one: " + LITERALS.getOrDefault(literal.group(1), "that kind of value") + " was given";
        }
        return "is not one: " + printed(detail, argument);
    }

    /** The detail with every piece of the value graphql-java quoted as a syntax tree written as the client wrote it. */
    private static String printed(String detail, Argument argument) {
        Map<String, String> pieces = new LinkedHashMap<>();
        collect(argument.getValue(), pieces);
        String text = detail;
        List<String> trees = new ArrayList<>(pieces.keySet());
        trees.sort(Comparator.comparingInt(String::length).reversed());
        for (String tree : trees) {
            text = text.replace("'" + tree + "'", pieces.get(tree)).replace(tree, pieces.get(tree));
        }
        return text;
    }

    private static void collect(Node<?> node, Map<String, String> pieces) {
        pieces.put(node.toString(), node instanceof Value<?> value ? written(value) : AstPrinter.printAst(node));
        for (Node<?> child : node.getChildren()) {
            collect(child, pieces);
        }
    }

    /** A value as GraphQL documents write it: {@code {metric: ["A"], from: "2020-01-01"}}. */
    static String written(Value<?> value) {
        if (value instanceof ObjectValue object) {
            return object.getObjectFields().stream().map(f -> f.getName() + ": " + written(f.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof ArrayValue list) {
            return list.getValues().stream().map(ArgumentErrors::written).collect(Collectors.joining(", ", "[", "]"));
        }
        return AstPrinter.printAst(value);
    }

    /** An argument of the document and the type it expects. */
    private record Located(Argument argument, GraphQLType type) {
    }

    /** Finds the argument at a location, with the type of its definition (field or directive). */
    private final class Finder {

        private final Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
        private final Document document;
        private final SourceLocation location;

        Finder(Document document, SourceLocation location) {
            this.document = document;
            this.location = location;
            document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        }

        Located find() {
            for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                Located found = in(operation.getSelectionSet(), OperationCost.root(schema, operation), 0);
                if (found != null) {
                    return found;
                }
            }
            for (FragmentDefinition fragment : fragments.values()) {
                Located found = in(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()), 0);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        private Located in(SelectionSet set, GraphQLType parent, int depth) {
            if (set == null || depth > 100) {
                return null;
            }
            for (Selection<?> selection : set.getSelections()) {
                Located found = in(selection, parent, depth);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        private Located in(Selection<?> selection, GraphQLType parent, int depth) {
            if (selection instanceof Field field) {
                Located found = directives(field.getDirectives());
                GraphQLFieldDefinition definition = parent instanceof GraphQLFieldsContainer container
                        ? container.getFieldDefinition(field.getName()) : null;
                if (found == null && definition != null) {
                    found = arguments(field.getArguments(), definition.getArguments());
                }
                return found != null || definition == null ? found
                        : in(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()), depth + 1);
            }
            if (selection instanceof InlineFragment inline) {
                Located found = directives(inline.getDirectives());
                GraphQLType type = inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName());
                return found != null ? found : in(inline.getSelectionSet(), type, depth + 1);
            }
            return selection instanceof FragmentSpread spread ? directives(spread.getDirectives()) : null;
        }

        private Located directives(List<Directive> directives) {
            for (Directive directive : directives) {
                GraphQLDirective definition = schema.getDirective(directive.getName());
                Located found = definition == null ? null : arguments(directive.getArguments(), definition.getArguments());
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        private Located arguments(List<Argument> arguments, List<GraphQLArgument> definitions) {
            for (Argument argument : arguments) {
                SourceLocation at = argument.getSourceLocation();
                if (at != null && at.getLine() == location.getLine() && at.getColumn() == location.getColumn()) {
                    return definitions.stream().filter(d -> d.getName().equals(argument.getName())).findFirst()
                            .map(d -> new Located(argument, d.getType())).orElse(null);
                }
            }
            return null;
        }
    }
}
