package org.telebarometer.observation;

/**
 * What a nested list of observations hangs from: the field of {@link Observation} that holds its parent's id.
 */
public enum ParentLink {
    SERIES("seriesKey"),
    PUBLICATION("publicationId");

    private final String field;

    ParentLink(String field) {
        this.field = field;
    }

    /** The HQL path of the parent id on an observation aliased {@code alias}. */
    public String path(String alias) {
        return alias + "." + field;
    }

    public String idOf(Observation observation) {
        return this == SERIES ? observation.seriesKey : observation.publicationId;
    }
}
