package org.telebarometer.export;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;

/**
 * A client mistake on a plain HTTP endpoint: status 400 (413 for a selection too large to export, 401 for a token
 * that does not verify) and the same
 * stable code and message as the GraphQL API gives in {@code extensions.code}.
 */
public class ApiExceptionMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ServerExceptionMapper
    public Response map(ApiException error) throws JsonProcessingException {
        int status = switch (error.code()) {
            case SELECTION_TOO_LARGE -> 413;
            case INVALID_TOKEN -> 401;
            default -> 400;
        };
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(JSON.writeValueAsString(Map.of("code", error.code().name(), "message", error.getMessage())))
                .build();
    }
}
