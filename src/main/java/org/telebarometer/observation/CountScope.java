package org.telebarometer.observation;

/**
 * What the totalCount of a connection counts: the observations matching some criteria, within one parent when the
 * connection is nested (a series' or a publication's observations).
 */
record CountScope(ObservationCriteria criteria, ParentLink link, String parent) {

    static CountScope topLevel(ObservationCriteria criteria) {
        return new CountScope(criteria, null, null);
    }

    boolean isNested() {
        return link != null;
    }
}
