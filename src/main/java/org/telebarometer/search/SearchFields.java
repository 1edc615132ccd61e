package org.telebarometer.search;

import java.util.List;

/** The fields of a search document: the texts by language, and the keys the observation filter slices by. */
final class SearchFields {

    static final String ID = "id";
    static final String PUBLICATION = "publication";
    static final String METRIC = "metric";
    static final String SPECIALTY = "specialty";
    static final String GEOGRAPHY = "geography";
    static final String POPULATION = "population";
    static final String SERIES = "series";
    static final String SOURCE = "source";
    static final String PUBLISHER = "publisher";
    static final String QUALIFIER = "qualifier";
    static final String PERIOD_START = "period_start";
    static final String PERIOD_END = "period_end";
    static final String PUBLISHED_ON = "published_on";

    static final String QUOTE_FR = "quote_fr";
    static final String QUOTE_EN = "quote_en";
    static final String TITLE_FR = "title_fr";
    static final String TITLE_EN = "title_en";
    static final String NOTE_EN = "note_en";
    static final String LABELS_FR = "labels_fr";
    static final String LABELS_EN = "labels_en";

    static final List<String> FRENCH_TEXTS = List.of(QUOTE_FR, TITLE_FR, LABELS_FR);
    static final List<String> ENGLISH_TEXTS = List.of(QUOTE_EN, NOTE_EN, TITLE_EN, LABELS_EN);
    /** The stored texts a matched passage is taken from, in the order they are preferred. */
    static final List<String> HIGHLIGHTED = List.of(QUOTE_FR, QUOTE_EN, NOTE_EN, TITLE_FR, TITLE_EN);

    private SearchFields() {
    }

    /** How much a match in a field counts: the quote most, the labels least. */
    static float boost(String field) {
        return field.startsWith("quote") ? 2f : field.startsWith("title") ? 1.5f : 1f;
    }
}
