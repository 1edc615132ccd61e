package org.telebarometer.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.telebarometer.observation.Observation;

@Type("SearchHit")
@Description("An observation that matches a search, with the passage that matched.")
public record SearchHit(
        @NonNull @Description("The observation.") Observation observation,
        @NonNull @Description("The passage that matched, as HTML: the text escaped, the words found in <mark>...</mark>; "
                + "taken from the quote, else the note or the publication's title (a match in the series' labels "
                + "shows the quote's beginning).") String highlight,
        @NonNull @Description("How well it matches (BM25): only the order within one search means something.")
        double score) {
}
