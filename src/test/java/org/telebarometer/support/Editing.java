package org.telebarometer.support;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.telebarometer.importing.PublicationInput;

/**
 * What an editor sends: the import and delete mutations, with a test editor's token.
 */
public final class Editing {

    public static final String IMPORT = """
            mutation($input: PublicationInput!) {
              importPublication(input: $input) {
                outcome
                publication { id title importedBy changedBy importedAt changedAt observations { totalCount } }
              }
            }""";
    public static final String DELETE = "mutation($id: ID!) { deletePublication(id: $id) { id observationsDeleted } }";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Editing() {
    }

    /** The variables of {@link #IMPORT} for this publication. */
    public static Map<String, Object> input(PublicationInput publication) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = JSON.convertValue(publication, Map.class);
        return Map.of("input", json);
    }

    /** Imports a publication as the test editor, which must succeed. */
    public static void importPublication(PublicationInput publication) {
        GraphQL.data(IMPORT, input(publication), Tokens.editor("test-editor"));
    }

    /** Deletes a publication if it is there. */
    public static void delete(String id) {
        GraphQL.post(DELETE, Map.of("id", id), Tokens.editor("cleanup"));
    }
}
