package org.telebarometer.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL                                | EN
            ''                                  | EN
            fr                                  | FR
            fr-FR                               | FR
            FR-ca                               | FR
            'fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7' | FR
            'en-US,en;q=0.9,fr;q=0.8'           | EN
            'en;q=0.5, fr;q=0.8'                | FR
            'de-DE, fr;q=0.5'                   | EN
            'de-DE;q=0.4, fr;q=0.5'             | FR
            '*'                                 | EN
            'fr;q=0'                            | EN
            'fr;q=abc'                          | EN
            'fr;q=7'                            | EN
            'francais'                          | EN
            """)
    void theAcceptLanguageHeaderPicksFrenchWhenFrenchIsWantedMost(String header, Language expected) {
        assertThat(Language.ofAcceptLanguage(header)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            fr    | FR
            FR    | FR
            fr-BE | FR
            en    | EN
            EN-gb | EN
            de    | NULL
            NULL  | NULL
            """)
    void aLangParameterNamesFrenchOrEnglishOrNothing(String tag, Language expected) {
        assertThat(Language.ofTag(tag)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "EN, en", "FR, fr" })
    void theContentLanguageTagIsLowerCase(Language language, String tag) {
        assertThat(language.tag()).isEqualTo(tag);
    }
}
