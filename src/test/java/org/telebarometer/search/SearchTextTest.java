package org.telebarometer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;

class SearchTextTest {

    private static SearchText parse(String text) {
        return SearchText.parse(text, 200, 10);
    }

    @Test
    void wordsAndQuotedPhrasesAreParts() {
        assertThat(parse("Doctolib \"tiers payant\" déserts").parts()).containsExactly(
                new SearchText.Part("Doctolib", false), new SearchText.Part("tiers payant", true),
                new SearchText.Part("déserts", false));
    }

    @Test
    void stopWordsOfEitherLanguageAreLeftOut() {
        assertThat(parse("les déserts des médecins the").parts()).extracting(SearchText.Part::text)
                .containsExactly("déserts", "médecins");
    }

    @Test
    void aPhraseKeepsItsStopWords() {
        assertThat(parse("\"tiers de la population\"").parts())
                .containsExactly(new SearchText.Part("tiers de la population", true));
    }

    @Test
    void nothingButStopWordsIsAnInvalidSearch() {
        assertThatThrownBy(() -> parse("les des the")).isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.INVALID_SEARCH);
        assertThatThrownBy(() -> parse("   ")).extracting(e -> ((ApiException) e).code())
                .isEqualTo(ErrorCode.INVALID_SEARCH);
    }

    @Test
    void aTextTooLongOrWithTooManyWordsIsRefusedBeforeAnySearch() {
        assertThatThrownBy(() -> parse("a".repeat(201))).extracting(e -> ((ApiException) e).code())
                .isEqualTo(ErrorCode.SEARCH_TOO_LONG);
        assertThatThrownBy(() -> parse("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda"))
                .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.SEARCH_TOO_LONG);
    }
}
