package org.telebarometer.graphql.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import org.telebarometer.graphql.engine.ResultObject;

/**
 * Writes a GraphQL answer (maps and lists from graphql-java, {@link ResultObject}s and arrays from the engine;
 * strings, numbers, booleans, dates) as JSON, with
 * Jackson's streaming generator.
 * <p>
 * Why not {@code ObjectMapper.writeValueAsBytes}: for a map of values of varied classes it looks up a serializer
 * for every value; a page of 500 observations spent a fifth of its CPU there (bench/RESULTS.md). The values of an
 * answer are of a handful of kinds, known here.
 */
final class AnswerWriter {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private AnswerWriter() {
    }

    static byte[] write(Object answer) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(8192);
                JsonGenerator json = JSON.createGenerator(bytes)) {
            value(json, answer);
            json.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an answer as JSON", e);
        }
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Map<?, ?> object) {
            json.writeStartObject();
            for (Map.Entry<?, ?> field : object.entrySet()) {
                json.writeFieldName(field.getKey().toString());
                value(json, field.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof ResultObject object) {
            json.writeStartObject();
            String[] names = object.names();
            Object[] values = object.values();
            for (int i = 0; i < names.length; i++) {
                json.writeFieldName(names[i]);
                value(json, values[i]);
            }
            json.writeEndObject();
        } else if (value instanceof Object[] array) {
            json.writeStartArray();
            for (Object item : array) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else {
            scalar(json, value);
        }
    }

    private static void scalar(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Double number) {
            json.writeNumber(number);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Number number) {
            json.writeNumber(number.toString());
        } else if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
            // dates in ISO-8601, as the Date and DateTime scalars say; enum values by name
            json.writeString(value.toString());
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, item);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }
}
