package org.telebarometer.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void decodesWhatItEncoded() {
        Cursor cursor = Cursor.of("observation", "2020-03-23", "TELECONSULTATIONS.ALL.FR", "abc123");

        Cursor decoded = Cursor.decode(cursor.encode(), "observation", 3);

        assertThat(decoded).isEqualTo(cursor);
        assertThat(decoded.part(1)).isEqualTo("TELECONSULTATIONS.ALL.FR");
    }

    @Test
    void isOpaqueUrlSafeText() {
        String text = Cursor.of("series", "TELECONSULTATIONS.ALL.FR").encode();

        assertThat(text).matches("[A-Za-z0-9_-]+").doesNotContain("TELECONSULTATIONS");
    }

    @Test
    void rejectsACursorOfAnotherList() {
        String seriesCursor = Cursor.of("series", "TELECONSULTATIONS.ALL.FR").encode();

        assertThatThrownBy(() -> Cursor.decode(seriesCursor, "observation", 3))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(ErrorCode.INVALID_CURSOR));
    }

    @Test
    void rejectsGarbageAndWrongShapes() {
        assertThatThrownBy(() -> Cursor.decode("not a cursor!", "series", 1)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Cursor.decode(Cursor.of("series", "a", "b").encode(), "series", 1))
                .isInstanceOf(ApiException.class);
    }
}
