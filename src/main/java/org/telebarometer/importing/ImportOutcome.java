package org.telebarometer.importing;

import org.eclipse.microprofile.graphql.Description;

/**
 * What importing a publication did.
 */
@Description("What importing a publication did.")
public enum ImportOutcome {
    @Description("The publication was new.")
    CREATED,
    @Description("The publication existed with other content and was replaced, with all its figures, as one unit.")
    REPLACED,
    @Description("The publication existed with the same content: nothing was written.")
    UNCHANGED
}
