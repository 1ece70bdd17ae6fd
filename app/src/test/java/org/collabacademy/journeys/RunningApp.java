package org.collabacademy.journeys;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged jar, started as a user would start it: its own JVM, demo mode, an H2 database in a
 * temporary folder, on a free port. Started once per test class and stopped at the end.
 */
public final class RunningApp implements Site, AutoCloseable {

    private static final List<String> DEFAULT_JVM = List.of("-Xmx768m");

    private final Process process;
    private final int port;
    private final Path data;
    private final Path log;
    private final Map<String, String> environment;
    private final List<String> jvm;

    private RunningApp(Process process, int port, Path data, Path log, Map<String, String> environment, List<String> jvm) {
        this.process = process;
        this.port = port;
        this.data = data;
        this.log = log;
        this.environment = environment;
        this.jvm = jvm;
    }

    static RunningApp start(Map<String, String> environment) throws Exception {
        return start(environment, DEFAULT_JVM);
    }

    /** Starts the jar with these JVM options (heap size, flight recording) instead of the tests' 768 MB heap. */
    public static RunningApp start(Map<String, String> environment, List<String> jvm) throws Exception {
        RunningApp app = launch(environment, jvm, freePort(), Files.createTempDirectory("collabacademy-journey"));
        app.awaitHealthy(Duration.ofSeconds(180));
        return app;
    }

    /** Starts the jar on a free port and returns at once (to start several side by side); then {@link #awaitHealthy}. */
    static RunningApp startWithoutWaiting(Map<String, String> environment) throws Exception {
        return launch(environment, DEFAULT_JVM, freePort(), Files.createTempDirectory("collabacademy-journey"));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Empties the schema in the PostgreSQL named by COLLABACADEMY_TEST_POSTGRES_URL and returns the settings that
     * run the jar in it. The schema exists afterwards, so that several jars can migrate it at the same time.
     */
    static Map<String, String> onEmptyPostgresSchema(String schema) throws Exception {
        String url = System.getenv(org.collabacademy.PostgresTest.URL_VARIABLE);
        String user = System.getenv().getOrDefault("COLLABACADEMY_TEST_POSTGRES_USER", "postgres");
        org.flywaydb.core.Flyway.configure().dataSource(url, user, "").schemas(schema).cleanDisabled(false).load().clean();
        try (var connection = java.sql.DriverManager.getConnection(url, user, "")) {
            connection.createStatement().execute("create schema if not exists " + schema);
        }
        return Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", user, "SPRING_DATASOURCE_PASSWORD", "",
                "SPRING_DATASOURCE_HIKARI_SCHEMA", schema, "SPRING_FLYWAY_SCHEMAS", schema, "SPRING_FLYWAY_DEFAULT_SCHEMA", schema);
    }

    int port() {
        return port;
    }

    /** Kills the app as a power cut would (SIGKILL: no shutdown hooks, nothing flushed). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts the jar again on the same port, data folder and settings, after {@link #kill()}; waits until it is healthy. */
    RunningApp restart() throws Exception {
        RunningApp again = launch(environment, jvm, port, data);
        again.awaitHealthy(Duration.ofSeconds(180));
        return again;
    }

    /** Starts the jar again after {@link #kill()} without waiting (to kill it while it starts). */
    RunningApp restartWithoutWaiting() throws Exception {
        return launch(environment, jvm, port, data);
    }

    /** The log of this run so far. */
    public String log() throws java.io.IOException {
        return Files.readString(log);
    }

    private static RunningApp launch(Map<String, String> environment, List<String> jvm, int port, Path data) throws Exception {
        Path jar = Path.of(System.getProperty("collabacademy.jar", "target/collabacademy.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no packaged jar at " + jar.toAbsolutePath() + ": run mvn verify (the journeys run after package)");
        }
        Path log = data.resolve("app-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPRING_PROFILES_ACTIVE", "demo");
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("COLLABACADEMY_DATA_DIR", data.toString());
        builder.environment().put("COLLABACADEMY_CONTENT_DIR", Path.of("../course-content").toAbsolutePath().normalize().toString());
        builder.environment().put("COLLABACADEMY_PUBLIC_URL", "http://localhost:" + port);
        builder.environment().putAll(environment);
        return new RunningApp(builder.start(), port, data, log, environment, jvm);
    }

    public long pid() {
        return process.pid();
    }

    /** The folder of the app's embedded database and logs (deleted by {@link #close()}). */
    public Path data() {
        return data;
    }

    /** Stops the app as a service manager would (SIGTERM, then wait), keeping its data folder. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public String url(String path) {
        return "http://localhost:" + port + (path.startsWith("/") ? path : "/" + path);
    }

    void awaitHealthy(Duration patience) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped at start; its log:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not become healthy in " + patience + "; its log:\n" + Files.readString(log));
    }

    @Override
    public void close() throws Exception {
        stop();
        // the app's logs stay as test artifacts next to the screenshots
        Path logs = Files.createDirectories(Browser.SCREENSHOTS.resolve("logs"));
        try (var files = Files.list(data)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                Files.copy(file, logs.resolve(data.getFileName() + "-" + file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(data);
    }
}
