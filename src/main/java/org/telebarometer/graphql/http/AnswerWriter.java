package org.telebarometer.graphql.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import org.telebarometer.graphql.engine.ResultObject;

/**
 * Writes a GraphQL answer (maps and lists from graphql-java, {@link ResultObject}s and arrays from the engine;
 * strings, numbers, booleans, dates) as JSON, with Jackson's streaming generator.
 * <p>
 * Why not {@code ObjectMapper.writeValueAsBytes}: for a map of values of varied classes it looks up a serializer
 * for every value; a page of 500 observations spent a fifth of its CPU there (bench/RESULTS.md). The values of an
 * answer are of a handful of kinds, known here; dates are written digit by digit, without a string each.
 */
final class AnswerWriter {

    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();
    private static final int DATE_LENGTH = 10;

    private final JsonGenerator json;
    private final char[] date = new char[DATE_LENGTH];

    private AnswerWriter(JsonGenerator json) {
        this.json = json;
    }

    static byte[] write(Object answer) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(16 * 1024);
                JsonGenerator json = JSON.createGenerator(bytes)) {
            new AnswerWriter(json).value(answer);
            json.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an answer as JSON", e);
        }
    }

    private void value(Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof ResultObject object) {
            json.writeStartObject();
            for (int i = 0; i < object.size(); i++) {
                json.writeFieldName(object.name(i));
                value(object.value(i));
            }
            json.writeEndObject();
        } else if (value instanceof Object[] array) {
            json.writeStartArray();
            for (Object item : array) {
                value(item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> object) {
            json.writeStartObject();
            for (Map.Entry<?, ?> field : object.entrySet()) {
                json.writeFieldName(field.getKey().toString());
                value(field.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(item);
            }
            json.writeEndArray();
        } else {
            scalar(value);
        }
    }

    private void scalar(Object value) throws IOException {
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
        } else if (value instanceof LocalDate day && day.getYear() >= 0 && day.getYear() <= 9999) {
            writeDate(day);
        } else if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
            // dates and times in ISO-8601, as the Date and DateTime scalars say; enum values by name
            json.writeString(value.toString());
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(item);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }

    /** yyyy-mm-dd, as {@link LocalDate#toString()} writes a four-digit year. */
    private void writeDate(LocalDate day) throws IOException {
        digits(day.getYear(), 0, 4);
        date[4] = '-';
        digits(day.getMonthValue(), 5, 2);
        date[7] = '-';
        digits(day.getDayOfMonth(), 8, 2);
        json.writeString(date, 0, DATE_LENGTH);
    }

    private void digits(int number, int offset, int count) {
        for (int i = offset + count - 1; i >= offset; i--) {
            date[i] = (char) ('0' + number % 10);
            number /= 10;
        }
    }
}
