package org.telebarometer.search;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.telebarometer.geography.Geography;
import org.telebarometer.language.Language;
import org.telebarometer.metric.Metric;
import org.telebarometer.observation.Observation;
import org.telebarometer.population.Population;
import org.telebarometer.publication.Publication;
import org.telebarometer.series.Series;
import org.telebarometer.specialty.Specialty;

/**
 * The search document of an observation: its quote in its publication's language, its note (English), its
 * publication's title, its series' labels in both languages, and the keys the observation filter slices by.
 */
final class SearchDocuments {

    private static final FieldType PASSAGE = passage();

    private final Map<String, Series> series;
    private final Map<String, String> labelsEn = new HashMap<>();
    private final Map<String, String> labelsFr = new HashMap<>();

    /** Reads the series and reference labels once, for every document of a refresh. */
    SearchDocuments() {
        this.series = Series.<Series> listAll().stream().collect(Collectors.toMap(s -> s.key, s -> s));
        Metric.<Metric> listAll().forEach(m -> label("metric", m.code, m.name, m.nameFr));
        Specialty.<Specialty> listAll().forEach(s -> label("specialty", s.code, s.label, s.labelFr));
        Geography.<Geography> listAll().forEach(g -> label("geography", g.code, g.label, g.labelFr));
        Population.<Population> listAll().forEach(p -> label("population", p.code, p.label, p.labelFr));
    }

    /** The labels these documents are made with (SearchIndexFormat). */
    String labelsDigest() {
        return SearchIndexFormat.labels(labelsEn, labelsFr);
    }

    private void label(String kind, String code, String english, String french) {
        labelsEn.put(kind + ':' + code, english);
        labelsFr.put(kind + ':' + code, Language.FR.pick(english, french));
    }

    Document of(Observation observation, Publication publication) {
        Series key = series.get(observation.seriesKey);
        boolean french = !"en".equals(publication.language);
        Document document = new Document();
        // read from doc values for each hit: a stored field would decompress the whole stored document
        document.add(new BinaryDocValuesField(SearchFields.ID, new BytesRef(observation.id)));
        keys(document, observation, publication, key);
        String texts = french ? SearchFields.TEXT_FR : SearchFields.TEXT_EN;
        text(document, french ? SearchFields.QUOTE_FR : SearchFields.QUOTE_EN, texts, observation.quote);
        text(document, SearchFields.NOTE_EN, SearchFields.TEXT_EN, observation.note);
        text(document, french ? SearchFields.TITLE_FR : SearchFields.TITLE_EN, texts, publication.title);
        if (key != null) {
            document.add(new TextField(SearchFields.TEXT_EN, labels(labelsEn, key), Field.Store.NO));
            document.add(new TextField(SearchFields.TEXT_FR, labels(labelsFr, key), Field.Store.NO));
        }
        return document;
    }

    private static void keys(Document document, Observation observation, Publication publication, Series key) {
        keyword(document, SearchFields.PUBLICATION, publication.id);
        keyword(document, SearchFields.SERIES, observation.seriesKey);
        keyword(document, SearchFields.SOURCE, observation.sourceCode);
        keyword(document, SearchFields.PUBLISHER, publication.publisherCode);
        keyword(document, SearchFields.QUALIFIER, observation.qualifier.name());
        if (key != null) {
            keyword(document, SearchFields.METRIC, key.metricCode);
            keyword(document, SearchFields.SPECIALTY, key.specialtyCode);
            keyword(document, SearchFields.GEOGRAPHY, key.geographyCode);
            keyword(document, SearchFields.POPULATION, key.populationCode);
        }
        document.add(new LongPoint(SearchFields.PERIOD_START, observation.period.start().toEpochDay()));
        document.add(new LongPoint(SearchFields.PERIOD_END, observation.period.end().toEpochDay()));
        // a publication of unknown date is kept out of every asOf, as the database query does
        LocalDate published = publication.publishedOn;
        document.add(new LongPoint(SearchFields.PUBLISHED_ON, published == null ? Long.MAX_VALUE : published.toEpochDay()));
    }

    private String labels(Map<String, String> labels, Series key) {
        return Stream.of(labels.get("metric:" + key.metricCode), labels.get("specialty:" + key.specialtyCode),
                labels.get("geography:" + key.geographyCode), labels.get("population:" + key.populationCode))
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
    }

    private static void keyword(Document document, String field, String value) {
        if (value != null) {
            document.add(new StringField(field, value, Field.Store.NO));
        }
    }

    /**
     * A text: searched in its language's field, and stored in its own with the offsets of its words, from which the
     * highlighter marks the passage (analysing the stored text again for each hit took two fifths of a search).
     */
    private static void text(Document document, String stored, String searched, String value) {
        if (value != null && !value.isBlank()) {
            document.add(new TextField(searched, value, Field.Store.NO));
            document.add(new Field(stored, value, PASSAGE));
        }
    }

    private static FieldType passage() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
