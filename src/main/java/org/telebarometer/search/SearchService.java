package org.telebarometer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
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
    private final int exactCountUpTo;

    SearchService(SearchIndex index, TelebarometerConfig config) {
        this.index = index;
        this.maxDepth = config.search().maxDepth();
        this.exactCountUpTo = Math.max(maxDepth, config.search().exactCountUpTo());
    }

    /** Brings the index up to date with the database now, and its copy in the data folder when it keeps one. */
    public void updateIndex() {
        index.refresh();
    }

    public SearchConnection search(SearchText text, ObservationCriteria criteria, PageRequest page) {
        int offset = page.after() == null ? 0 : offset(page.after());
        if (offset + page.first() > maxDepth) {
            throw new ApiException(ErrorCode.PAGE_TOO_LARGE, "A search reads at most its " + maxDepth + " most "
                    + "relevant hits: narrow it with more words or a filter rather than paging further.");
        }
        Query query = SearchQueries.of(text, criteria);
        Query words = SearchQueries.marked(text);
        Found found = index.search(searcher -> find(searcher, query, words, offset, page.first(), exactCountUpTo));
        List<Observation> observations = Batches.resolve(found.ids(), id -> id, Observation.class);
        List<SearchEdge> edges = new ArrayList<>();
        for (int i = 0; i < found.ids().size(); i++) {
            if (observations.get(i) != null) {
                SearchHit hit = new SearchHit(observations.get(i), found.highlights().get(i), found.scores().get(i));
                edges.add(new SearchEdge(Cursor.of(CURSOR_KIND, String.valueOf(offset + i + 1)).encode(), hit));
            }
        }
        int end = offset + found.ids().size();
        boolean more = end < found.total() && end < maxDepth;
        return new SearchConnection(found.total(), found.exact(), edges, new PageInfo(more, offset > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
    }

    private record Found(int total, boolean exact, List<String> ids, List<String> highlights, List<Double> scores) {
    }

    private static Found find(IndexSearcher searcher, Query query, Query words, int offset, int first,
            int exactCountUpTo) {
        try {
            // one pass that scores and counts; past the exact count, block-max WAND skips the blocks of postings
            // whose best score cannot enter the page (scoring and counting every match cost twice a slice of 100)
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, offset + first), null,
                    exactCountUpTo));
            int total = (int) top.totalHits.value;
            boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                    Math.min(offset + first, top.scoreDocs.length));
            List<String> ids = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            for (ScoreDoc hit : page) {
                ids.add(id(searcher, hit.doc));
                scores.add((double) hit.score);
            }
            return new Found(total, exact, ids, SearchPassages.of(searcher, words, page), scores);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String id(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues ids = DocValues.getBinary(leaf.reader(), SearchFields.ID);
        if (!ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("A search document without an observation id: " + doc);
        }
        return ids.binaryValue().utf8ToString();
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
