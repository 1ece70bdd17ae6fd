package org.collabacademy.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collabacademy.journeys.RunningApp;
import org.flywaydb.core.Flyway;

/**
 * The scale benchmark of issue 12, one command, one run: the packaged jar on H2 and then on PostgreSQL, and on each
 * the start-up time to ready, the retained heap per signed-in session on our views next to the same on an empty
 * view, and round-trip times per interaction at 100, 500 and 1,000 simulated learners (then more while p95 stays
 * under 200 ms). At the end the database must hold what the learners did: graded attempts, their learning
 * records and the replies.
 * <p>
 * Options: {@code --levels 100,500,1000 --memory 100,1000 --think 5-10 --databases h2,postgresql --max 2000
 * --ramp-up 60 --jfr true --classes 0 --jvm "-XX:+UseZGC"}. Learners start within the ramp-up time, so that all of
 * a level are at work together for most of their script (about two minutes at 5-10 s think times). {@code --classes n}
 * prints the n classes that grew most per parked session; {@code --jvm} adds options to the app's JVM after
 * {@code -Xmx3g}.
 */
public final class LoadBenchmark {

    private static final Pattern STARTED = Pattern.compile("Started CollabAcademyApplication in ([0-9.]+) seconds");
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");
    private static final Pattern CLASS = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final double AIM_MILLIS = 200;

    private final List<Integer> levels;
    private final List<Integer> memoryLevels;
    private final int max;
    private final LearnerScript script;
    private final boolean jfr;
    private final int classes;
    private final List<String> jvmOptions;
    private final List<String> lines = new ArrayList<>();

    private LoadBenchmark(Map<String, String> options) {
        this.levels = integers(options.getOrDefault("levels", "100,500,1000"));
        this.memoryLevels = integers(options.getOrDefault("memory", "100,1000"));
        this.max = Integer.parseInt(options.getOrDefault("max", "2000"));
        this.script = LearnerScript.fromOptions(options);
        this.jfr = Boolean.parseBoolean(options.getOrDefault("jfr", "false"));
        this.classes = Integer.parseInt(options.getOrDefault("classes", "0"));
        this.jvmOptions = new ArrayList<>(List.of("-Xmx3g"));
        this.jvmOptions.addAll(List.of(options.getOrDefault("jvm", "").split("\\s+")).stream().filter(o -> !o.isEmpty()).toList());
    }

    public static void main(String[] args) throws Exception {
        // idle client connections close soon, so that their server-side buffers are not counted as session memory
        System.setProperty("jdk.httpclient.keepalive.timeout", "2");
        Map<String, String> options = Options.parse(args);
        LoadBenchmark benchmark = new LoadBenchmark(options);
        Path jar = Path.of(System.getProperty("collabacademy.jar", "target/collabacademy.jar"));
        benchmark.report(String.format("jar %s: %.1f MB; %d cores, JDK %s", jar, Files.size(jar) / 1e6,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        benchmark.report("learners: " + benchmark.script);
        benchmark.report("app JVM options: " + String.join(" ", benchmark.jvmOptions));
        for (String database : options.getOrDefault("databases", "h2,postgresql").split(",")) {
            benchmark.on(database.strip());
        }
        System.out.println("\n===== load benchmark =====");
        benchmark.lines.forEach(System.out::println);
        System.exit(0);
    }

    /** Prints a line of the report at once (a run that fails later keeps what it measured) and again in the summary. */
    private void report(String line) {
        System.out.println(line);
        System.out.flush();
        lines.add(line);
    }

    private void on(String database) throws Exception {
        Map<String, String> environment = new LinkedHashMap<>(Map.of("SPRING_PROFILES_ACTIVE", "demo,benchmark",
                "COLLABACADEMY_BENCHMARK_LEARNERS", String.valueOf(accountsNeeded()), "LOGGING_LEVEL_ROOT", "warn",
                "LOGGING_LEVEL_ORG_COLLABACADEMY", "info"));
        String postgres = System.getenv().getOrDefault("COLLABACADEMY_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("COLLABACADEMY_TEST_POSTGRES_USER", "postgres");
        String schema = "collabacademy_load";
        if (database.equals("postgresql")) {
            Flyway.configure().dataSource(postgres, user, "").schemas(schema).cleanDisabled(false).load().clean();
            environment.putAll(Map.of("SPRING_DATASOURCE_URL", postgres, "SPRING_DATASOURCE_USERNAME", user, "SPRING_DATASOURCE_PASSWORD", "",
                    "SPRING_DATASOURCE_HIKARI_SCHEMA", schema, "SPRING_FLYWAY_SCHEMAS", schema, "SPRING_FLYWAY_DEFAULT_SCHEMA", schema));
        }
        List<String> jvm = new ArrayList<>(jvmOptions);
        if (jfr) {
            jvm.add("-XX:StartFlightRecording=filename=target/load-" + database + ".jfr,settings=profile");
        }
        long launched = System.nanoTime();
        try (RunningApp app = RunningApp.start(environment, jvm)) {
            awaitReady(app);
            double ready = (System.nanoTime() - launched) / 1e9;
            Matcher started = STARTED.matcher(app.log());
            report(String.format("%n%s: ready %.1f s after launch (Spring says started in %s s)", database, ready,
                    started.find() ? started.group(1) : "?"));
            LoadDriver driver = new LoadDriver(app.url(""), script);
            warmUp(app);
            memoryOfEmptyViews(app, driver);
            memoryPerView(app, driver);
            latencies(app, driver);
            report("  " + verify(app, database, postgres, user, schema));
        }
    }

    /** A short round with quick learners so that the JIT has compiled the hot paths before anything is measured. */
    private void warmUp(RunningApp app) throws Exception {
        // every one replies: the thread then has more posts than one stretch, as a lively module thread has
        LoadDriver quick = new LoadDriver(app.url(""), new LearnerScript(java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(150), java.time.Duration.ZERO, 1));
        quick.skipAccounts(accountsNeeded() - WARM_UP);
        Timings timings = quick.learners(WARM_UP);
        quick.signOutAll();
        report(String.format("  warm-up: %d quick learners, %d failures %s", WARM_UP, timings.failureCount(), timings.failures()));
    }

    private static final int WARM_UP = 30;

    private void memoryOfEmptyViews(RunningApp app, LoadDriver driver) throws Exception {
        long before = liveHeap(app);
        int open = 0;
        for (int level : memoryLevels) {
            Timings timings = driver.idleLearners(level - open);
            open = level;
            long after = liveHeap(app);
            report(String.format("  empty view, %5d sessions: %6.1f KB retained per session (%d failures)", level,
                    (after - before) / 1024.0 / level, timings.failureCount()));
        }
        driver.signOutAll();
    }

    /**
     * What each main view costs a session, parked on it, against the empty view's figure above. Measured as the
     * growth from {@code PARKED / 2} sessions already there, so that caches the first visitors fill are not counted.
     */
    private void memoryPerView(RunningApp app, LoadDriver driver) throws Exception {
        for (List<String> routes : PARKED_ON) {
            String[] path = routes.toArray(String[]::new);
            driver.parkedOn(PARKED / 2, path);
            Heap before = heap(app);
            Timings timings = driver.parkedOn(PARKED, path);
            Heap after = heap(app);
            report(String.format("  %d sessions parked on /%s: %6.1f KB retained per session (%d failures%s)", PARKED, routes.getLast(),
                    (after.total() - before.total()) / 1024.0 / PARKED, timings.failureCount(), timings.failures().isEmpty() ? "" : ": " + timings.failures()));
            after.growthSince(before, classes).forEach((name, bytes) -> report(String.format("        %7.2f KB %s", bytes / 1024.0 / PARKED, name)));
            driver.signOutAll();
        }
    }

    private static final int PARKED = 100;
    /** The views sessions are parked on, each as the routes that lead there. */
    private static final List<List<String>> PARKED_ON = List.of(List.of(LearnerScript.SHELL), List.of("courses"), List.of(LearnerScript.MODULE),
            List.of(LearnerScript.QUIZ), List.of(LearnerScript.MODULE, LearnerScript.THREAD));

    private void latencies(RunningApp app, LoadDriver driver) throws Exception {
        int largestUnderAim = 0;
        List<Integer> tried = new ArrayList<>(levels);
        for (int i = 0; i < tried.size(); i++) {
            int level = tried.get(i);
            Heap before = heap(app);
            GcActivity gcBefore = collections(app);
            long started = System.nanoTime();
            Timings timings = driver.learners(level);
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            GcActivity gc = collections(app).since(gcBefore);
            String memory = "";
            Map<String, Long> grown = Map.of();
            if (memoryLevels.contains(level)) {
                Heap after = heap(app);
                memory = String.format(", %.1f KB retained per learner session", (after.total() - before.total()) / 1024.0 / level);
                grown = after.growthSince(before, classes);
            }
            Timings.Percentiles all = timings.percentiles(null);
            report(String.format("  %5d learners (%d s): all interactions %s; sign-in p95 %.0f ms%s; %d failures", level, seconds, all,
                    timings.percentiles("sign in").p95(), memory, timings.failureCount()));
            grown.forEach((name, bytes) -> report(String.format("        %7.2f KB %s per learner", bytes / 1024.0 / level, name)));
            report(String.format("        garbage collection: %s", gc));
            timings.perInteraction().forEach((name, p) -> report(String.format("        %-16s %s", name, p)));
            timings.failures().forEach((reason, count) -> report(String.format("        FAILED %d× %s", count, reason)));
            driver.signOutAll();
            if (all.p95() < AIM_MILLIS && timings.failureCount() == 0) {
                largestUnderAim = Math.max(largestUnderAim, level);
                if (i == tried.size() - 1 && level + 500 <= max) {
                    tried.add(level + 500); // keep going while the aim holds
                }
            }
        }
        report("  largest number of learners with p95 under 200 ms (of those tried): " + largestUnderAim);
    }

    /** What the simulated learners did must be in the database: graded attempts, their records, the replies. */
    private String verify(RunningApp app, String database, String postgres, String user, String schema) throws Exception {
        String url = postgres;
        String dbUser = user;
        if (database.equals("h2")) {
            app.stop();
            url = "jdbc:h2:file:" + app.data().resolve("collabacademy") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
            dbUser = "sa";
        }
        try (Connection connection = DriverManager.getConnection(url, dbUser, "")) {
            if (database.equals("postgresql")) {
                connection.setSchema(schema);
            }
            String load = " join user_account u on u.id = %s where u.email like '%%@load.collabacademy.org'";
            long graded = count(connection, "select count(*) from quiz_attempt a" + load.formatted("a.learner_id") + " and a.closed_at is not null");
            long answers = count(connection, "select count(*) from quiz_answer q join quiz_attempt a on a.id = q.attempt_id"
                    + load.formatted("a.learner_id"));
            long results = count(connection, "select count(*) from xapi_statement s" + load.formatted("s.learner_id")
                    + " and (s.verb like '%passed' or s.verb like '%failed')");
            long records = count(connection, "select count(*) from xapi_statement s" + load.formatted("s.learner_id"));
            long replies = count(connection, "select count(*) from forum_post p" + load.formatted("p.author_id"));
            return String.format("in the database: %d graded attempts with %d saved answers, %d passed/failed statements among %d "
                    + "learning records, %d replies", graded, answers, results, records, replies);
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long liveHeap(RunningApp app) throws IOException, InterruptedException {
        return heap(app).total();
    }

    /** Live objects after a full collection, in bytes, in all and per class, from the app's class histogram. */
    private static Heap heap(RunningApp app) throws IOException, InterruptedException {
        Thread.sleep(3_000); // past the client's keep-alive
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process histogram = new ProcessBuilder(jcmd.toString(), String.valueOf(app.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String output = new String(histogram.getInputStream().readAllBytes());
        histogram.waitFor();
        Matcher total = TOTAL.matcher(output);
        if (!total.find()) {
            throw new IllegalStateException("no class histogram from jcmd: " + output.substring(0, Math.min(300, output.length())));
        }
        Map<String, Long> perClass = new LinkedHashMap<>();
        Matcher line = CLASS.matcher(output);
        while (line.find()) {
            perClass.merge(line.group(3), Long.parseLong(line.group(2)), Long::sum);
        }
        return new Heap(Long.parseLong(total.group(1)), perClass);
    }

    /** The app's garbage collections so far, from {@code jstat -gc}: pauses stop every request in flight. */
    private static GcActivity collections(RunningApp app) throws IOException, InterruptedException {
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        Process gc = new ProcessBuilder(jstat.toString(), "-gc", String.valueOf(app.pid())).redirectErrorStream(true).start();
        String[] lines = new String(gc.getInputStream().readAllBytes()).strip().split("\n");
        gc.waitFor();
        List<String> names = List.of(lines[0].strip().split("\\s+"));
        String[] values = lines[lines.length - 1].strip().split("\\s+");
        java.util.function.ToDoubleFunction<String> column = name -> Double.parseDouble(values[names.indexOf(name)]);
        return new GcActivity((long) column.applyAsDouble("YGC") + (long) column.applyAsDouble("FGC"),
                column.applyAsDouble("YGCT") + column.applyAsDouble("FGCT"), (long) column.applyAsDouble("CGC"), column.applyAsDouble("CGCT"));
    }

    /** Stop-the-world collections (young and full) and the pauses of concurrent cycles, with their seconds. */
    private record GcActivity(long stopping, double stoppingSeconds, long concurrent, double concurrentSeconds) {

        GcActivity since(GcActivity before) {
            return new GcActivity(stopping - before.stopping, stoppingSeconds - before.stoppingSeconds, concurrent - before.concurrent,
                    concurrentSeconds - before.concurrentSeconds);
        }

        @Override
        public String toString() {
            return String.format("%d young/full collections pausing %.2f s in all (%.0f ms each on average), %d concurrent cycles pausing %.2f s",
                    stopping, stoppingSeconds, stopping == 0 ? 0 : stoppingSeconds * 1000 / stopping, concurrent, concurrentSeconds);
        }
    }

    /** A class histogram: which classes a view's sessions are made of ({@code --classes n} prints the n that grew most). */
    private record Heap(long total, Map<String, Long> perClass) {

        Map<String, Long> growthSince(Heap before, int top) {
            Map<String, Long> growth = new LinkedHashMap<>();
            perClass.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - before.perClass.getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                    .forEach(e -> growth.put(e.getKey(), e.getValue()));
            return growth;
        }
    }

    private static void awaitReady(RunningApp app) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(app.url("/actuator/health/readiness"))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("not ready after 2 minutes");
    }

    private int accountsNeeded() {
        int sessions = WARM_UP + memoryLevels.stream().mapToInt(Integer::intValue).max().orElse(0) + PARKED_ON.size() * (PARKED + PARKED / 2);
        int learners = levels.stream().mapToInt(Integer::intValue).sum();
        for (int level = levels.getLast() + 500; level <= max; level += 500) {
            learners += level;
        }
        return sessions + learners;
    }

    private static List<Integer> integers(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
}
