package org.telebarometer.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An opaque Relay cursor: the sort key of a row, tagged with the kind of list it belongs to, in base64url.
 * Clients must not build or parse cursors; the encoding may change between versions.
 */
public record Cursor(String kind, List<String> parts) {

    private static final String SEPARATOR = "\u001f";

    public Cursor {
        parts = List.copyOf(parts);
    }

    public static Cursor of(String kind, String... parts) {
        return new Cursor(kind, Arrays.asList(parts));
    }

    public String encode() {
        String plain = kind + SEPARATOR + String.join(SEPARATOR, parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor given by a client, which must have been issued for the same kind of list.
     *
     * @throws ApiException {@link ErrorCode#INVALID_CURSOR} when the text is not such a cursor
     */
    public static Cursor decode(String text, String kind, int partCount) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] fields = plain.split(SEPARATOR, -1);
            if (fields.length == partCount + 1 && fields[0].equals(kind)) {
                return new Cursor(kind, Arrays.asList(fields).subList(1, fields.length));
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below like any other malformed cursor
        }
        throw invalid(text);
    }

    public String part(int index) {
        return parts.get(index);
    }

    public static ApiException invalid(String text) {
        return new ApiException(ErrorCode.INVALID_CURSOR, "The cursor '" + text
                + "' was not issued for this list. Pass the endCursor (or an edge's cursor) of a previous page"
                + " of the same field, unchanged.");
    }
}
