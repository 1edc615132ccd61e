package org.telebarometer.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void recognisesALostConnectionWhereverItIsWrapped() {
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("query failed",
                new RuntimeException(new SQLTransientConnectionException("no connection"))))).isTrue();
    }

    @Test
    void recognisesTheSqlStatesOfAnUnreachableOrStoppingServer() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("refused", "08001"))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void recognisesARowRemovedByAWriteDuringTheRead() {
        assertThat(DatabaseFailures.isReadDuringWrite(new IllegalStateException("advancing the result set",
                new SQLException("Row \"3493\" not found in primary index \"PUBLIC.OBSERVATION_DATA\"", "90143"))))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("row gone", "90143"))).isFalse();
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("no state"))).isFalse();
        assertThat(DatabaseFailures.isReadDuringWrite(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseFailures.isReadDuringWrite(new SQLException("no state"))).isFalse();
    }
}
