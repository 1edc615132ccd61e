package org.telebarometer.graphql.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** GraphiQL opens on the README's example queries, each ready to run. */
@QuarkusTest
class ExplorerTest {

    private static final Pattern README_EXAMPLE = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    @Test
    void graphiqlOpensOnTheExampleQueries() {
        Response visit = given().redirects().follow(false).when().get("/q/graphql-ui/");

        assertThat(visit.statusCode()).isEqualTo(302);
        String location = visit.header("Location");
        assertThat(location).startsWith("/q/graphql-ui/?query=");
        String query = URLDecoder.decode(location.substring(location.indexOf('=') + 1), StandardCharsets.UTF_8);
        assertThat(query).isEqualTo(examples());
        given().when().get(location).then().statusCode(200);
    }

    @Test
    void aLinkWithItsOwnQueryOpensOnIt() {
        given().redirects().follow(false).queryParam("query", "{ metrics { code } }").when().get("/q/graphql-ui/")
                .then().statusCode(200);
    }

    @Test
    void everyExampleQueryOfTheReadmeIsThere() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Example queries"),
                readme.indexOf("\n## ", readme.indexOf("## Example queries") + 5));
        String examples = normalized(examples());
        List<String> blocks = new ArrayList<>();
        Matcher matcher = README_EXAMPLE.matcher(section);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }

        assertThat(blocks).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(block -> assertThat(examples).contains(normalized(selections(block))));
    }

    @Test
    void everyExampleRunsWithoutAnError() {
        Document document = new Parser().parseDocument(examples());
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);

        assertThat(operations).hasSizeGreaterThanOrEqualTo(6).allSatisfy(operation -> {
            var answer = given().contentType("application/json")
                    .body(Map.of("query", examples(), "operationName", operation.getName()))
                    .when().post("/graphql").then().statusCode(200).extract().jsonPath();
            assertThat(answer.getList("errors")).as(operation.getName()).isNull();
            assertThat(answer.getMap("data")).as(operation.getName()).isNotEmpty();
        });
        assertThat(GraphQL.data("{ metrics { code } }").getList("metrics")).isNotEmpty();
    }

    /** The selections of an example, without its operation's header (the README's are often anonymous). */
    private static String selections(String block) {
        String body = block.strip();
        return body.substring(body.indexOf('{'));
    }

    private static String normalized(String text) {
        return text.replaceAll("#[^\\n]*", "").replaceAll("\\s+", " ").strip();
    }

    private static String examples() {
        return ExplorerRoute.examples();
    }
}
