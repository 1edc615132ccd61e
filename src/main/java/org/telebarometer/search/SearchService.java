package org.telebarometer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.telebarometer.TelebarometerConfig;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.Batches;
import org.telebarometer.graphql.Cursor;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.graphql.PageInfo;
import org.telebarometer.graphql.PageRequest;
import org.telebarometer.observation.Observation;
import org.telebarometer.observation.ObservationCriteria;

/** Searches the quotes, notes, titles and labels: a page of hits, most relevant first, each with its passage. */
@ApplicationScoped
public class SearchService {

    static final String CURSOR_KIND = "search";

    private final SearchIndex index;
    private final int maxDepth;

    SearchService(SearchIndex index, TelebarometerConfig config) {
        this.index = index;
        this.maxDepth = config.search().maxDepth();
    }

    public SearchConnection search(SearchText text, ObservationCriteria criteria, PageRequest page) {
        int offset = page.after() == null ? 0 : offset(page.after());
        if (offset + page.first() > maxDepth) {
            throw new ApiException(ErrorCode.PAGE_TOO_LARGE, "A search reads at most its " + maxDepth + " most "
                    + "relevant hits: narrow it with more words or a filter rather than paging further.");
        }
        Query query = SearchQueries.of(text, criteria);
        Found found = index.search(searcher -> find(searcher, query, offset, page.first()));
        List<Observation> observations = Batches.resolve(found.ids(), id -> id, Observation.class);
        List<SearchEdge> edges = new ArrayList<>();
        for (int i = 0; i < found.ids().size(); i++) {
            if (observations.get(i) != null) {
                SearchHit hit = new SearchHit(observations.get(i), found.highlights().get(i), found.scores().get(i));
                edges.add(new SearchEdge(Cursor.of(CURSOR_KIND, String.valueOf(offset + i + 1)).encode(), hit));
            }
        }
        boolean more = offset + found.ids().size() < found.total();
        return new SearchConnection(found.total(), edges, new PageInfo(more, offset > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
    }

    private record Found(int total, List<String> ids, List<String> highlights, List<Double> scores) {
    }

    private static Found find(IndexSearcher searcher, Query query, int offset, int first) {
        try {
            // one pass that scores the best and counts them all (a count, then a search, read the postings twice)
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, offset + first), null,
                    Integer.MAX_VALUE));
            int total = (int) top.totalHits.value;
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                    Math.min(offset + first, top.scoreDocs.length));
            List<String> ids = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            for (ScoreDoc hit : page) {
                ids.add(searcher.storedFields().document(hit.doc).get(SearchFields.ID));
                scores.add((double) hit.score);
            }
            return new Found(total, ids, highlights(searcher, query, new TopDocs(top.totalHits, page)), scores);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For each hit, the first stored text with a match, marked; else the beginning of its quote. */
    private static List<String> highlights(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
        // the words were matched in the texts of a language; they are marked in each stored text they occur in
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, SearchAnalyzers.PER_FIELD)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withFieldMatcher(field -> true)
                .build();
        String[] fields = SearchFields.HIGHLIGHTED.toArray(String[]::new);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 1);
        Map<String, String[]> byField = highlighter.highlightFields(fields, query, page, passages);
        List<String> highlights = new ArrayList<>();
        for (int i = 0; i < page.scoreDocs.length; i++) {
            highlights.add(best(byField, i));
        }
        return highlights;
    }

    private static String best(Map<String, String[]> byField, int hit) {
        String fallback = null;
        for (String field : SearchFields.HIGHLIGHTED) {
            String passage = byField.get(field)[hit];
            if (passage != null && passage.contains("<mark>")) {
                return passage;
            }
            if (fallback == null && passage != null) {
                fallback = passage;
            }
        }
        return fallback == null ? "" : fallback;
    }

    private static int offset(String after) {
        try {
            int offset = Integer.parseInt(Cursor.decode(after, CURSOR_KIND, 1).part(0));
            if (offset < 0) {
                throw Cursor.invalid(after);
            }
            return offset;
        } catch (NumberFormatException e) {
            throw Cursor.invalid(after);
        }
    }
}
