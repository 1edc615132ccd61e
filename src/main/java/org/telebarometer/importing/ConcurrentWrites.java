package org.telebarometer.importing;

import java.sql.SQLException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.exception.LockAcquisitionException;

/**
 * Tells a write refused because of another, concurrent write (worth trying again) from any other failure: a
 * serialization failure or a deadlock (SQLSTATE class 40), a key created meanwhile by the other write (23505), a
 * lock not obtained in time (PostgreSQL 55P03, H2 HYT00). A value its column cannot hold, a broken constraint or a
 * lost connection is not one: trying again would fail the same way.
 */
final class ConcurrentWrites {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String H2_LOCK_TIMEOUT = "HYT00";

    private ConcurrentWrites() {
    }

    static boolean isCollision(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
                    || cause instanceof OptimisticLockException || cause instanceof LockAcquisitionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isCollisionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCollisionState(String state) {
        return state != null && (state.startsWith("40") || state.equals(UNIQUE_VIOLATION)
                || state.equals(LOCK_NOT_AVAILABLE) || state.equals(H2_LOCK_TIMEOUT));
    }
}
