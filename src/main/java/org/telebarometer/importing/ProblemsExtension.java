package org.telebarometer.importing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/**
 * Puts the problems of a refused import into the GraphQL error as {@code extensions.problems}: a list of
 * {path, code, message}, so that clients can show each next to its field. Every other error has an empty list
 * (SmallRye GraphQL cannot leave an extension out for some errors only).
 */
public class ProblemsExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "problems";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (!(exception instanceof InvalidPublicationException invalid)) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        JsonArrayBuilder problems = Json.createArrayBuilder();
        for (ImportProblem problem : invalid.problems()) {
            problems.add(Json.createObjectBuilder()
                    .add("path", problem.path())
                    .add("code", problem.code().name())
                    .add("message", problem.message()));
        }
        return problems.build();
    }
}
