package org.telebarometer.importing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.telebarometer.graphql.ErrorCode;

/**
 * A publication's address is shown as a link: only an absolute http or https URL is accepted, never a scheme that
 * would run in a reader's browser ({@code javascript:}, {@code data:}...).
 */
final class WebAddress {

    private WebAddress() {
    }

    /** A problem when {@code url} is given and is not an http(s) URL with a host, else null. */
    static ImportProblem check(String path, String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return null;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return new ImportProblem(path, ErrorCode.INVALID_URL, "Give the address as an absolute http or https URL, "
                + "e.g. https://www.ameli.fr/... (got '" + abbreviated(url) + "').");
    }

    private static String abbreviated(String url) {
        return url.length() > 80 ? url.substring(0, 80) + "..." : url;
    }
}
