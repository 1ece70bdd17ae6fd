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
     * Whether a failure means the database is out of reach: its causes say so, or (a driver may wrap a lost
     * connection in anything) the database does not answer within 3 seconds now.
     */
    public boolean isOutage(Throwable failure) {
        return isUnreachable(failure) || !answersWithin(java.time.Duration.ofSeconds(3));
    }

    /**
     * The answer of the last probe, starting a new one in the background when none is running: a probe can wait
     * for the pool's connection timeout, which must not hold a user's session (pages poll this while they wait).
     */
    public boolean reachableNow() {
        if (probing.compareAndSet(false, true)) {
            Thread.ofVirtual().start(() -> {
                try {
                    reachable = probe(2);
                } finally {
                    probing.set(false);
                }
            });
        }
        return reachable;
    }

    /** Whether the database answers within the given time; no answer in time counts as out of reach. */
    boolean answersWithin(java.time.Duration patience) {
        java.util.concurrent.CompletableFuture<Boolean> answer = new java.util.concurrent.CompletableFuture<>();
        Thread.ofVirtual().start(() -> answer.complete(probe((int) Math.max(1, patience.toSeconds()))));
        try {
            return answer.get(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException noAnswer) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One connection from the pool, checked; blocks up to the pool's connection timeout while the database is away. */
    private boolean probe(int validSeconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(validSeconds);
        } catch (SQLException | RuntimeException stillDown) {
            return false;
        }
    }

    /** Records that a request just found the database out of reach, until a probe finds it back. */
    public void sawOutage() {
        reachable = false;
    }
}
