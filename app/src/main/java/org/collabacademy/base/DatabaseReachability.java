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
                    || cause instanceof org.hibernate.exception.JDBCConnectionException || cause instanceof java.net.ConnectException
                    || cause instanceof java.net.SocketException || cause instanceof java.io.EOFException
                    || cause instanceof java.sql.SQLRecoverableException
                    || cause instanceof org.springframework.dao.RecoverableDataAccessException
                    || cause instanceof org.springframework.dao.TransientDataAccessResourceException) {
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

    /**
     * Whether the database answers within the given time, for a failure whose causes do not say (a driver may
     * wrap a lost connection in anything): no answer in time counts as out of reach.
     */
    public boolean answersWithin(java.time.Duration patience) {
        java.util.concurrent.CompletableFuture<Boolean> answer = new java.util.concurrent.CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (Connection connection = dataSource.getConnection()) {
                answer.complete(connection.isValid((int) Math.max(1, patience.toSeconds())));
            } catch (SQLException | RuntimeException stillDown) {
                answer.complete(false);
            }
        });
        try {
            return answer.get(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException noAnswer) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Records that a request just found the database out of reach, until a probe finds it back. */
    public void sawOutage() {
        reachable = false;
    }
}
