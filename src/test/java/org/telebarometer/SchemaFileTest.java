package org.telebarometer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The schema the service serves is the reviewed file {@code schema.graphql} at the root of the repository, which code
 * generators (graphql-codegen...) read: a change to the API shows up in a review as a change to that file.
 */
@QuarkusTest
class SchemaFileTest {

    static final Path FILE = Path.of("schema.graphql");
    static final String REFRESH = "./mvnw test -Dtest=SchemaFileTest -Dtelebarometer.schema.refresh=true";

    @Test
    void theServedSchemaIsTheReviewedFile() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("telebarometer.schema.refresh")) {
            Files.writeString(FILE, served, StandardCharsets.UTF_8);
        }
        String reviewed = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";

        assertThat(served).as(() -> "The served schema differs from " + FILE.toAbsolutePath() + " (- file, + served):\n"
                + LineDiff.of(reviewed.lines().toList(), served.lines().toList())
                + "\nIf the change is meant, refresh the file with: " + REFRESH + "\n").isEqualTo(reviewed);
    }

    @Test
    void theFileLoadsInAStandardParserAsTheServedSchema() throws IOException {
        String file = Files.readString(FILE, StandardCharsets.UTF_8);

        // graphql-java's SDL reader, as strict as graphql-js: a type, scalar or directive used but not declared fails
        GraphQLSchema loaded = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(file));

        List<String> served = given().contentType("application/json")
                .body(Map.of("query", "{ __schema { types { name } directives { name } } }")).when().post("/graphql")
                .then().statusCode(200).extract().jsonPath().getList("data.__schema.types.name");
        assertThat(loaded.getAllTypesAsList().stream().map(GraphQLNamedType::getName).toList())
                .containsExactlyInAnyOrderElementsOf(served).contains("Date", "DateTime");
        assertThat(loaded.getDirectives().stream().map(GraphQLDirective::getName).toList())
                .contains("skip", "include", "deprecated");
    }

    /** The lines of a minimal edit from one text to the other (longest common subsequence). */
    static final class LineDiff {

        private LineDiff() {
        }

        static String of(List<String> before, List<String> after) {
            int[][] common = new int[before.size() + 1][after.size() + 1];
            for (int i = before.size() - 1; i >= 0; i--) {
                for (int j = after.size() - 1; j >= 0; j--) {
                    common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                            : Math.max(common[i + 1][j], common[i][j + 1]);
                }
            }
            StringBuilder diff = new StringBuilder();
            int i = 0;
            int j = 0;
            while (i < before.size() || j < after.size()) {
                if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
                    i++;
                    j++;
                } else if (i < before.size() && (j == after.size() || common[i + 1][j] >= common[i][j + 1])) {
                    diff.append("- ").append(before.get(i++)).append('\n');
                } else {
                    diff.append("+ ").append(after.get(j++)).append('\n');
                }
            }
            return diff.toString();
        }
    }
}
