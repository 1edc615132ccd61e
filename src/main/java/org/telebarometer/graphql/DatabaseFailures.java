package org.telebarometer.graphql;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure to reach the database (down, restarting, network lost, no connection free in time) from other
 * failures: the first is the operator's to fix and the client's to retry, not a bug.
 */
public final class DatabaseFailures {

    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_STATE_CLASS = "08";
    /** PostgreSQL: the server is shutting down or starting up. */
    private static final String[] UNAVAILABLE_STATES = {"57P01", "57P02", "57P03"};
    /**
     * H2: a row listed by an index was removed from its table by a write committed in the middle of the read (H2
     * reads at READ COMMITTED without locking, and a publication replaced by an import deletes its observations).
     */
    private static final String H2_ROW_GONE_DURING_READ = "90143";

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && isUnavailableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A read that met a concurrent write it cannot read around: the same request, sent again, is answered. */
    public static boolean isReadDuringWrite(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && H2_ROW_GONE_DURING_READ.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean isUnavailableState(String state) {
        if (state == null) {
            return false;
        }
        if (state.startsWith(CONNECTION_STATE_CLASS)) {
            return true;
        }
        for (String unavailable : UNAVAILABLE_STATES) {
            if (unavailable.equals(state)) {
                return true;
            }
        }
        return false;
    }
}
