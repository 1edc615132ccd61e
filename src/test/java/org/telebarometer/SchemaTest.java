package org.telebarometer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * GraphiQL's docs pane is the manual: every type, field, argument and enum value is described.
 */
@QuarkusTest
class SchemaTest {

    private static final Set<String> STANDARD_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    private static final String INTROSPECTION = """
            { __schema { types { name kind description
                fields { name description args { name description } }
                inputFields { name description }
                enumValues { name description } } } }""";

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        List<Map<String, Object>> types = GraphQL.data(INTROSPECTION).getList("__schema.types");
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || STANDARD_SCALARS.contains(name)) {
                continue;
            }
            check(undescribed, name, type);
            for (Map<String, Object> field : list(type, "fields")) {
                check(undescribed, name + "." + field.get("name"), field);
                for (Map<String, Object> argument : list(field, "args")) {
                    check(undescribed, name + "." + field.get("name") + "(" + argument.get("name") + ")", argument);
                }
            }
            for (Map<String, Object> field : list(type, "inputFields")) {
                check(undescribed, name + "." + field.get("name"), field);
            }
            for (Map<String, Object> value : list(type, "enumValues")) {
                check(undescribed, name + "." + value.get("name"), value);
            }
        }
        assertThat(types).hasSizeGreaterThan(20);
        assertThat(undescribed).isEmpty();
    }

    @Test
    void theSchemaIsPublishedAsSdl() {
        given().when().get("/graphql/schema.graphql")
                .then().statusCode(200)
                .body(containsString("observations(")).body(containsString("input ObservationFilter"));
    }

    @Test
    void graphiqlIsServed() {
        given().redirects().follow(true).when().get("/q/graphql-ui/")
                .then().statusCode(200).body(containsString("GraphiQL"));
    }

    private static void check(List<String> undescribed, String path, Map<String, Object> element) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undescribed.add(path);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> element, String key) {
        Object value = element.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
