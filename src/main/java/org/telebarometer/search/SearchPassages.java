package org.telebarometer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passage of each hit that shows why it matched: its quote with the words found marked, else its note or its
 * publication's title where they matched, else the beginning of its quote (HTML, the text escaped).
 */
final class SearchPassages {

    private static final String MARK = "<mark>";

    private SearchPassages() {
    }

    static List<String> of(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
        // the words were matched in the texts of a language; they are marked in each stored text they occur in
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, SearchAnalyzers.PER_FIELD)
                .withFormatter(new DefaultPassageFormatter(MARK, "</mark>", " … ", true))
                .withFieldMatcher(field -> true)
                .build();
        // the quotes first, the other texts only for the hits whose quote has no match: the highlighter matches the
        // query against each text of each hit, and that was two fifths of a search when all five texts were read
        Map<String, String[]> quotes = highlight(highlighter, SearchFields.QUOTES, query, hits);
        List<String> passages = new ArrayList<>();
        List<Integer> unmarked = new ArrayList<>();
        for (int i = 0; i < hits.length; i++) {
            passages.add(first(quotes, SearchFields.QUOTES, i, true));
            if (passages.get(i) == null) {
                unmarked.add(i);
            }
        }
        if (!unmarked.isEmpty()) {
            ScoreDoc[] rest = unmarked.stream().map(i -> hits[i]).toArray(ScoreDoc[]::new);
            Map<String, String[]> others = highlight(highlighter, SearchFields.OTHER_TEXTS, query, rest);
            for (int j = 0; j < rest.length; j++) {
                int i = unmarked.get(j);
                String marked = first(others, SearchFields.OTHER_TEXTS, j, true);
                String quote = first(quotes, SearchFields.QUOTES, i, false);
                String other = first(others, SearchFields.OTHER_TEXTS, j, false);
                passages.set(i, marked != null ? marked : quote != null ? quote : other != null ? other : "");
            }
        }
        return passages;
    }

    private static Map<String, String[]> highlight(UnifiedHighlighter highlighter, List<String> fields, Query query,
            ScoreDoc[] hits) throws IOException {
        int[] passages = new int[fields.size()];
        Arrays.fill(passages, 1);
        TopDocs docs = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
        return highlighter.highlightFields(fields.toArray(String[]::new), query, docs, passages);
    }

    /** The passage of the first of these texts the hit has (with a match, when {@code marked}), or null. */
    private static String first(Map<String, String[]> byField, List<String> fields, int hit, boolean marked) {
        for (String field : fields) {
            String passage = byField.get(field)[hit];
            if (passage != null && (!marked || passage.contains(MARK))) {
                return passage;
            }
        }
        return null;
    }
}
