package org.telebarometer.nativeimage;

import com.oracle.svm.core.annotate.Substitute;
import com.oracle.svm.core.annotate.TargetClass;

import graphql.GraphQL;

/**
 * SmallRye GraphQL's own execution, which this service does not use ({@code GraphQLRoute} answers {@code /graphql},
 * {@code GraphQLEngine} executes), left out of the native executable: its {@code GraphQL} instance is the one path
 * into Apollo federation's tracing and the protobuf library under it (220 classes, 0.6 MB of code), which
 * native-image would otherwise link and compile.
 */
@TargetClass(className = "io.smallrye.graphql.execution.ExecutionService")
final class Target_ExecutionService {

    @Substitute
    private GraphQL getGraphQL() {
        throw new IllegalStateException("SmallRye GraphQL's execution is not used: GraphQLEngine executes operations");
    }
}
