package org.telebarometer.search;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.telebarometer.TelebarometerConfig;
import org.telebarometer.graphql.Paging;
import org.telebarometer.observation.ObservationFilter;
import org.telebarometer.observation.ObservationFilterParser;

/** {@code search(text:)}: full-text search of what was published. */
@GraphQLApi
public class SearchApi {

    private final SearchService search;
    private final Paging paging;
    private final TelebarometerConfig.Search limits;

    public SearchApi(SearchService search, Paging paging, TelebarometerConfig config) {
        this.search = search;
        this.paging = paging;
        this.limits = config.search();
    }

    @Query("search")
    @NonNull
    @Description("The observations whose quote, note, publication title or series labels hold every word and "
            + "\"quoted phrase\" of the text, most relevant first, each with the passage that matched. Accents, case, "
            + "plural and verb forms do not matter (telesante finds « télésanté »), stop words are left out; French "
            + "texts are searched in French, English ones in English. The filter slices as observations' does. At "
            + "most 200 characters and 10 words or phrases; pages read at most the 1000 most relevant hits.")
    public SearchConnection search(
            @Name("text") @NonNull @Description("Words and \"quoted phrases\", e.g. \"tiers payant\" Doctolib.") String text,
            @Name("filter") @Description("Which observations to search; omit it for all.") ObservationFilter filter,
            @Name("first") @DefaultValue("20") @Description("Page size, at most 500.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return search.search(SearchText.parse(text, limits.maxTextLength(), limits.maxTerms()),
                ObservationFilterParser.parse(filter), paging.request(first, after));
    }
}
