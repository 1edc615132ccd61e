package org.telebarometer.importing;

import org.telebarometer.graphql.ErrorCode;

/**
 * One thing wrong with a publication to import: where (a path such as {@code observations[3].period}), a stable
 * code and what to fix.
 */
public record ImportProblem(String path, ErrorCode code, String message) {

    @Override
    public String toString() {
        return path + ": " + code + ": " + message;
    }
}
