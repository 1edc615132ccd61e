package org.telebarometer.graphql.engine;

import java.util.Map;

import org.telebarometer.language.Language;

import graphql.GraphQLContext;
import graphql.introspection.Introspection.DirectiveLocation;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.EnumValue;
import graphql.language.OperationDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLNonNull;

/**
 * The language of a request's texts: the {@code Accept-Language} header's, put in the context by the transport,
 * unless the operation names one with {@code @inContext(language: FR)}, which wins (as Shopify's Storefront API
 * does). The schema declares the directive and its {@code Language} enum.
 */
final class Languages {

    static final String KEY = Language.class.getName();
    static final String DIRECTIVE = "inContext";
    private static final String ARGUMENT = "language";

    static final GraphQLEnumType TYPE = languageType();
    static final GraphQLDirective IN_CONTEXT = GraphQLDirective.newDirective()
            .name(DIRECTIVE)
            .description("The context of the operation: the language of its labels, names and definitions, which "
                    + "wins over the Accept-Language header. Codes, enum values and quotes do not change; error "
                    + "messages stay English.")
            .validLocations(DirectiveLocation.QUERY, DirectiveLocation.MUTATION)
            .argument(GraphQLArgument.newArgument().name(ARGUMENT).type(GraphQLNonNull.nonNull(TYPE))
                    .description("The language of the answer's texts."))
            .build();

    private Languages() {
    }

    /** The language of the request: English unless the transport or the operation said otherwise. */
    static Language of(GraphQLContext context) {
        return context.getOrDefault(KEY, Language.EN);
    }

    /** Applies the operation's {@code @inContext}, if it has one, over the transport's language. */
    static void apply(OperationDefinition operation, Map<String, Object> coercedVariables, GraphQLContext context) {
        for (Directive directive : operation.getDirectives(DIRECTIVE)) {
            Argument argument = directive.getArgument(ARGUMENT);
            Language chosen = argument == null ? null : chosen(argument, coercedVariables);
            if (chosen != null) {
                context.put(KEY, chosen);
            }
        }
    }

    private static Language chosen(Argument argument, Map<String, Object> coercedVariables) {
        if (argument.getValue() instanceof EnumValue literal) {
            return Language.valueOf(literal.getName());
        }
        if (argument.getValue() instanceof VariableReference variable
                && coercedVariables.get(variable.getName()) instanceof Language language) {
            return language;
        }
        return null;
    }

    private static GraphQLEnumType languageType() {
        GraphQLEnumType.Builder type = GraphQLEnumType.newEnum().name("Language")
                .description("The language of the labels, names and definitions of an answer; codes never change.");
        for (Language language : Language.values()) {
            type.value(language.name(), language, language.description());
        }
        return type.build();
    }
}
