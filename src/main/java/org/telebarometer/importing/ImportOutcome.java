package org.telebarometer.importing;

/**
 * What importing a publication did.
 */
public enum ImportOutcome {
    /** The publication was new. */
    CREATED,
    /** The publication existed with other content and was replaced as one unit. */
    REPLACED,
    /** The publication existed with the same content: nothing was written. */
    UNCHANGED
}
