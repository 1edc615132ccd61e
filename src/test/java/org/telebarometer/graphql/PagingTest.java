package org.telebarometer.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PagingTest {

    private final Paging paging = new Paging(100, 500);

    @Test
    void defaultsToOneHundred() {
        assertThat(paging.request(null, null)).isEqualTo(new PageRequest(100, null));
    }

    @Test
    void acceptsTheMaximumAndRejectsMore() {
        assertThat(paging.request(500, null).first()).isEqualTo(500);
        assertThatThrownBy(() -> paging.request(501, null))
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(ErrorCode.PAGE_TOO_LARGE))
                .hasMessageContaining("at most 500");
    }

    @Test
    void rejectsNegativeSizes() {
        assertThatThrownBy(() -> paging.request(-1, null))
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(ErrorCode.INVALID_PAGE_SIZE));
    }

    @Test
    void aPageDropsTheExtraRowThatRevealsANextPage() {
        PageRequest request = paging.request(2, null);

        Page<String> page = Page.of(List.of("a", "b", "c"), request, item -> Cursor.of("letter", item));

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.pageInfo().hasNextPage()).isTrue();
        assertThat(page.pageInfo().hasPreviousPage()).isFalse();
        assertThat(page.pageInfo().endCursor()).isEqualTo(Cursor.of("letter", "b").encode());
    }

    @Test
    void anEmptyPageHasNoCursors() {
        Page<String> page = Page.of(List.of(), paging.request(10, "x"), item -> Cursor.of("letter", item));

        assertThat(page.pageInfo()).isEqualTo(new PageInfo(false, true, null, null));
    }
}
