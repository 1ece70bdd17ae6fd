package org.collabacademy.base;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a start-up failure to reach the database into one line that names the settings to fix,
 * instead of a page of stack traces.
 */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (!isConnectionProblem(cause)) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "?");
        return new FailureAnalysis(
                "Cannot connect to the database at " + url + ": " + cause.getMessage(),
                "Set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD) to a reachable"
                        + " PostgreSQL database, or unset them to use the embedded H2 database under COLLABACADEMY_DATA_DIR.",
                cause);
    }

    private static boolean isConnectionProblem(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // SQLSTATE class 08 is "connection exception"; 28 is "invalid authorization"; 3D000 is "unknown database"
        if (state.startsWith("08") || state.startsWith("28") || state.equals("3D000")) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("connection") || message.contains("database") && message.contains("not found");
    }
}
