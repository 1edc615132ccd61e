package org.telebarometer.graphql.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;

class RequestBudgetTest {

    @Test
    void aRequestWithinItsTimeGoesOn() {
        assertThatCode(() -> RequestBudget.startingNow(Duration.ofMinutes(1)).check()).doesNotThrowAnyException();
    }

    @Test
    void aRequestOutOfTimeStopsWithQueryTimeout() {
        assertThatThrownBy(() -> RequestBudget.startingNow(Duration.ZERO).check())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code())
                        .isEqualTo(ErrorCode.QUERY_TIMEOUT));
    }

    @Test
    void aRequestWhoseClientLeftStops() {
        RequestBudget budget = RequestBudget.startingNow(Duration.ofMinutes(1));

        budget.cancel();

        assertThatThrownBy(budget::check).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.REQUEST_CANCELLED));
    }
}
