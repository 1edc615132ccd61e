package org.telebarometer.graphql.engine;

import java.util.List;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses an operation whose cost is over the limit just before it runs, when graphql-java has coerced its variables:
 * a {@code first} counts with the value it will have, whether written in the query, sent as a variable in any form
 * that coerces to an Int ({@code 400.0}), or left to the variable's default.
 */
final class CostInstrumentation extends SimplePerformantInstrumentation {

    private final QueryLimits limits;

    CostInstrumentation(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        GraphQLError tooComplex = limits.checkCost(context.getDocument(), context.getOperationDefinition(),
                context.getCoercedVariables().toMap());
        if (tooComplex != null) {
            throw new AbortExecutionException(List.of(tooComplex));
        }
        return super.beginExecuteOperation(parameters, state);
    }
}
