package org.telebarometer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.telebarometer.observation.ObservationCriteria;
import org.telebarometer.observation.Qualifier;
import org.telebarometer.period.DateRange;

/**
 * The Lucene query of a search: every word or phrase must match in one of the text fields (each analysed in its
 * field's language), and the observation filter's criteria filter without counting in the relevance.
 */
final class SearchQueries {

    private SearchQueries() {
    }

    /** What the search matches: its text, within the filter's slice. */
    static Query of(SearchText text, ObservationCriteria criteria) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (SearchText.Part part : text.parts()) {
            query.add(anyField(part), Occur.MUST);
        }
        filters(criteria).forEach(filter -> query.add(filter, Occur.FILTER));
        return query.build();
    }

    /**
     * What a passage marks: each word or phrase wherever it occurs. The highlighter matches its query in one text
     * at a time, and a hit needs every part only somewhere among its texts.
     */
    static Query marked(SearchText text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (SearchText.Part part : text.parts()) {
            query.add(anyField(part), Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * The part in the French texts (analysed in French) or the English ones (in English). Two fields, not one per
     * text: a part over seven fields cost a search of every figure twice a slice of a hundred (bench/RESULTS.md).
     */
    private static Query anyField(SearchText.Part part) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        add(fields, SearchFields.TEXT_FR, tokens(SearchAnalyzers.FRENCH, part.text()));
        add(fields, SearchFields.TEXT_EN, tokens(SearchAnalyzers.ENGLISH, part.text()));
        return fields.build();
    }

    private static void add(BooleanQuery.Builder fields, String field, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        Query query;
        if (tokens.size() == 1) {
            query = new TermQuery(new Term(field, tokens.get(0).text()));
        } else {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            tokens.forEach(token -> phrase.add(new Term(field, token.text()), token.position()));
            query = phrase.build();
        }
        fields.add(query, Occur.SHOULD);
    }

    /** A term and its position (stop words leave gaps, so that a phrase keeps its shape). */
    private record Token(String text, int position) {
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysing a string in memory cannot fail", e);
        }
        return tokens;
    }

    private static List<Query> filters(ObservationCriteria criteria) {
        List<Query> filters = new ArrayList<>();
        terms(filters, SearchFields.METRIC, criteria.metrics().stream().toList());
        terms(filters, SearchFields.SPECIALTY, criteria.specialties().stream().toList());
        terms(filters, SearchFields.GEOGRAPHY, criteria.geographies().stream().toList());
        terms(filters, SearchFields.POPULATION, criteria.populations().stream().toList());
        terms(filters, SearchFields.SERIES, criteria.seriesKeys().stream().toList());
        terms(filters, SearchFields.SOURCE, criteria.sources().stream().toList());
        terms(filters, SearchFields.PUBLISHER, criteria.publishers().stream().toList());
        terms(filters, SearchFields.PUBLICATION, criteria.publications().stream().toList());
        terms(filters, SearchFields.QUALIFIER, criteria.qualifiers().stream().map(Qualifier::name)
                .collect(Collectors.toList()));
        for (DateRange range : criteria.overlapping()) {
            if (range.to() != null) {
                filters.add(LongPoint.newRangeQuery(SearchFields.PERIOD_START, Long.MIN_VALUE, range.to().toEpochDay()));
            }
            if (range.from() != null) {
                filters.add(LongPoint.newRangeQuery(SearchFields.PERIOD_END, range.from().toEpochDay(), Long.MAX_VALUE));
            }
        }
        if (criteria.asOf() != null) {
            filters.add(LongPoint.newRangeQuery(SearchFields.PUBLISHED_ON, Long.MIN_VALUE, criteria.asOf().toEpochDay()));
        }
        return filters;
    }

    private static void terms(List<Query> filters, String field, List<String> values) {
        if (!values.isEmpty()) {
            filters.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()));
        }
    }
}
