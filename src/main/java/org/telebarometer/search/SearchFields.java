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

    /** What a search matches: every text of the document in French, and every one in English (not stored). */
    static final String TEXT_FR = "text_fr";
    static final String TEXT_EN = "text_en";

    /** The stored texts a matched passage is taken from, indexed with their words' offsets for the highlighter. */
    static final String QUOTE_FR = "quote_fr";
    static final String QUOTE_EN = "quote_en";
    static final String TITLE_FR = "title_fr";
    static final String TITLE_EN = "title_en";
    static final String NOTE_EN = "note_en";

    /** The quotes, where a matched passage is looked for first. */
    static final List<String> QUOTES = List.of(QUOTE_FR, QUOTE_EN);

    /** The other stored texts, where it is looked for when the quote has none, in the order they are preferred. */
    static final List<String> OTHER_TEXTS = List.of(NOTE_EN, TITLE_FR, TITLE_EN);

    private SearchFields() {
    }
}
