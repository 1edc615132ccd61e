package org.telebarometer.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.FrenchStemmer;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * How texts become search terms, per language: words split by Unicode's rules, lower-cased, stop words dropped,
 * without accents (« telesante » meets « télésanté »), then reduced to their stem (plural and verb forms meet:
 * « téléconsultations » and « téléconsultation »). French also drops elided articles (« l'Assurance » → assurance).
 * A field's name ends with its language: {@code quote_fr}, {@code note_en}.
 */
@RegisterForReflection(classNames = {
    // Lucene makes a token's attributes by name (AttributeFactory: Class.forName(interface + "Impl") and its
    // constructor): the native image must keep them (NativeMetadataTest checks every one of the Lucene jars)
    "org.apache.lucene.analysis.tokenattributes.BytesTermAttributeImpl",
    "org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl",
    "org.apache.lucene.analysis.tokenattributes.FlagsAttributeImpl",
    "org.apache.lucene.analysis.tokenattributes.KeywordAttributeImpl",
    "org.apache.lucene.analysis.tokenattributes.OffsetAttributeImpl",
    "org.apache.lucene.analysis.tokenattributes.PackedTokenAttributeImpl",
    "org.apache.lucene.analysis.tokenattributes.PayloadAttributeImpl",
    "org.apache.lucene.analysis.tokenattributes.PositionIncrementAttributeImpl",
    "org.apache.lucene.analysis.tokenattributes.PositionLengthAttributeImpl",
    "org.apache.lucene.analysis.tokenattributes.SentenceAttributeImpl",
    "org.apache.lucene.analysis.tokenattributes.TermFrequencyAttributeImpl",
    "org.apache.lucene.analysis.tokenattributes.TypeAttributeImpl",
    "org.apache.lucene.search.BoostAttributeImpl",
    "org.apache.lucene.search.MaxNonCompetitiveBoostAttributeImpl",
    "org.apache.lucene.search.FuzzyTermsEnum$AutomatonAttributeImpl",
    "org.apache.lucene.analysis.miscellaneous.ConcatenateGraphFilter$BytesRefBuilderTermAttributeImpl",
    "org.apache.lucene.collation.tokenattributes.CollatedTermAttributeImpl" })
final class SearchAnalyzers {

    /** Between the texts of one field (a quote, then a title): no phrase spans two of them. */
    private static final int TEXT_GAP = 100;

    static final Analyzer FRENCH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
            // accents off before the stem, so that a word typed without them stems as the printed one does
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(words, new SnowballFilter(stream, new FrenchStemmer()));
        }

        @Override
        public int getPositionIncrementGap(String field) {
            return TEXT_GAP;
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    };

    static final Analyzer ENGLISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(words);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(words, new PorterStemFilter(stream));
        }

        @Override
        public int getPositionIncrementGap(String field) {
            return TEXT_GAP;
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    };

    /** Every field by the language its name ends with; the keyword fields are not analysed. */
    static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(new org.apache.lucene.analysis.core.KeywordAnalyzer(),
            Map.of(SearchFields.TEXT_FR, FRENCH, SearchFields.QUOTE_FR, FRENCH, SearchFields.TITLE_FR, FRENCH,
                    SearchFields.TEXT_EN, ENGLISH, SearchFields.QUOTE_EN, ENGLISH, SearchFields.TITLE_EN, ENGLISH,
                    SearchFields.NOTE_EN, ENGLISH));

    /** French or English stop words: a word either language drops carries no meaning to search for. */
    static final CharArraySet STOP_WORDS = stopWords();

    private SearchAnalyzers() {
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(FrenchAnalyzer.getDefaultStopSet(), true);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(words);
    }
}
