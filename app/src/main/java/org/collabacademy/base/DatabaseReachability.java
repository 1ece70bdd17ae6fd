package org.collabacademy.base;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means "the database cannot be reached right now" (the app reconnects by itself and the
 * user should simply hear so), as opposed to a fault in the app; and whether it can be reached again.
 */
@Component
public class DatabaseReachability {

    private final DataSource dataSource;
    private final java.util.concurrent.atomic.AtomicBoolean probing = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean reachable = true;

    DatabaseReachability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when anything in the cause chain says the connection to the database failed. */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof java.sql.SQLTransientConnectionException || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException || cause instanceof java.net.ConnectException) {
                return true;
            }
            // SQLSTATE class 08: connection exception
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The answer of the last probe, starting a new one in the background when none is running: a probe can wait
     * for the pool's connection timeout, which must not hold a user's session (pages poll this while they wait).
     */
    public boolean reachableNow() {
        if (probing.compareAndSet(false, true)) {
            Thread.ofVirtual().start(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    reachable = connection.isValid(2);
                } catch (SQLException | RuntimeException stillDown) {
                    reachable = false;
                } finally {
                    probing.set(false);
                }
            });
        }
        return reachable;
    }

    /** Records that a request just found the database out of reach, until a probe finds it back. */
    public void sawOutage() {
        reachable = false;
    }
}
