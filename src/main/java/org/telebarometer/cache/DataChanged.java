package org.telebarometer.cache;

/**
 * Fired after a transaction that changed published data (an import, a deletion, a correction) committed: answers
 * computed before it may be wrong.
 *
 * @param publicationId the publication written
 */
public record DataChanged(String publicationId) {
}
