package org.telebarometer.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The global id of an object known by code (a metric, a specialty, a series...): its type and code, as
 * {@code base64url("Metric:TELECONSULTATIONS")}. Publications and observations keep their own ids, which are
 * lower-case (a publication's slug, an observation's 24 hexadecimal digits): an encoded id, which begins with an
 * upper-case letter, never equals one of them.
 */
public record NodeId(NodeType type, String key) {

    private static final Pattern OBSERVATION = Pattern.compile("[0-9a-f]{24}");
    private static final Pattern PUBLICATION = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_.]{1,200}");

    /** The global id of an object known by code. */
    public static String of(NodeType type, String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type.name() + ':' + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What an id names, or null when it is not an id of this API (a malformed one). An observation's id could also
     * be a publication's: both are then looked for.
     */
    public static NodeId parse(String id) {
        if (id == null || id.isEmpty() || id.length() > 300) {
            return null;
        }
        if (OBSERVATION.matcher(id).matches()) {
            return new NodeId(NodeType.Observation, id);
        }
        if (PUBLICATION.matcher(id).matches()) {
            return new NodeId(NodeType.Publication, id);
        }
        return decoded(id);
    }

    private static NodeId decoded(String id) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = text.indexOf(':');
        if (colon < 0 || !CODE.matcher(text.substring(colon + 1)).matches()) {
            return null;
        }
        NodeType type = NodeType.byName(text.substring(0, colon));
        return type == null || !type.encoded() ? null : new NodeId(type, text.substring(colon + 1));
    }
}
