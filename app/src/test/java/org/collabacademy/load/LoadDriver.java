package org.collabacademy.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Simulated signed-in learners against a running app, each on a virtual thread with its own session, speaking
 * Vaadin's protocol over real HTTP ({@link UidlClient}). Sign-in comes first, a few at a time and timed on its
 * own; then every learner runs {@link LearnerScript} with think times, starting at a random moment within the
 * ramp-up time ({@link LearnerScript#startDelayMillis}). The sessions stay open until {@link #signOutAll()}, so their memory can be measured.
 * <p>
 * Against an app that is already running (for instance two nodes behind nginx, see {@code docker/two-nodes.sh}):
 * {@code ./mvnw -q -pl app test-compile exec:java -Dexec.mainClass=org.collabacademy.load.LoadDriver
 * -Dexec.classpathScope=test -Dexec.args="--url http://127.0.0.1:8080 --learners 200"}
 * (more options: {@code --think 5-10 --ramp-up 60 --reply-every 10 --first-account 1 --hold 0}); the app needs the {@code benchmark}
 * profile, which creates the learner accounts.
 */
public final class LoadDriver {

    static final String PASSWORD = "learn-under-load-2026";
    private static final int SET_UPS_AT_ONCE = 4;

    private final String url;
    private final LearnerScript script;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final List<UidlClient> signedIn = new ArrayList<>();
    private final Semaphore setUpSlots = new Semaphore(SET_UPS_AT_ONCE);
    private int nextAccount = 1;

    LoadDriver(String url, LearnerScript script) {
        this.url = url;
        this.script = script;
    }

    /** Leaves the first {@code count} accounts to others (the warm-up takes the last ones). */
    void skipAccounts(int count) {
        nextAccount += count;
    }

    /** Signs in {@code count} more learners (accounts not used yet in this run) and runs the script for each. */
    Timings learners(int count) throws InterruptedException {
        Timings timings = new Timings();
        List<UidlClient> learners = signIn(count, timings);
        run(learners, timings, (learner, number) -> {
            Thread.sleep(script.startDelayMillis());
            script.learn(learner, number);
        });
        return timings;
    }

    /** Signs in {@code count} more learners that each open the empty view and do nothing else. */
    Timings idleLearners(int count) throws InterruptedException {
        return parkedOn(count, LearnerScript.EMPTY);
    }

    /**
     * Signs in {@code count} more learners that each open the first route, follow the others (a thread needs
     * the module read first: reading enrols) and stay on the last.
     */
    Timings parkedOn(int count, String... routes) throws InterruptedException {
        Timings timings = new Timings();
        run(signIn(count, timings), timings, (learner, number) -> fewAtOnce(() -> {
            learner.open(routes[0], "open " + routes[0]);
            for (int i = 1; i < routes.length; i++) {
                learner.follow(routes[i], "open " + routes[i]);
            }
        }));
        return timings;
    }

    /** Ends every session this driver opened; a refused sign-out would leave its session in the app's memory. */
    void signOutAll() throws InterruptedException {
        Timings signOuts = new Timings();
        run(List.copyOf(signedIn), signOuts, (learner, number) -> learner.signOut());
        signedIn.clear();
        if (signOuts.failureCount() > 0) {
            throw new IllegalStateException("sessions not ended: " + signOuts.failures());
        }
    }

    private List<UidlClient> signIn(int count, Timings timings) throws InterruptedException {
        List<UidlClient> learners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            learners.add(new UidlClient(http, url, timings));
        }
        int first = nextAccount;
        nextAccount += count;
        List<UidlClient> in = java.util.Collections.synchronizedList(new ArrayList<>());
        run(learners, timings, (learner, number) -> fewAtOnce(() -> {
            learner.signIn("learner-" + (first + number) + "@load.collabacademy.org", PASSWORD);
            in.add(learner);
        }));
        signedIn.addAll(in);
        return List.copyOf(in);
    }

    /**
     * Setting up sessions (signing in, parking them on a view) goes a few at a time: BCrypt would otherwise
     * queue hundreds of requests, and the server would keep a connection's buffers for each one that was open at
     * once, which a heap measurement would then count as session memory.
     */
    private void fewAtOnce(Action action) throws Exception {
        setUpSlots.acquire();
        try {
            action.run();
        } finally {
            setUpSlots.release();
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    interface Step {
        void run(UidlClient learner, int number) throws Exception;
    }

    private static void run(List<UidlClient> learners, Timings timings, Step step) throws InterruptedException {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            AtomicInteger number = new AtomicInteger();
            for (UidlClient learner : learners) {
                int n = number.getAndIncrement();
                threads.submit(() -> {
                    try {
                        step.run(learner, n);
                    } catch (LoadFailure | java.io.UncheckedIOException | tools.jackson.core.JacksonException e) {
                        timings.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\d+", "N"));
                    } catch (Exception e) {
                        timings.failed(e.toString());
                    }
                    return null;
                });
            }
        }
    }

    static void print(String title, Timings timings) {
        System.out.printf("%n%s%n", title);
        timings.perInteraction().forEach((name, p) -> System.out.printf("  %-18s %s%n", name, p));
        System.out.printf("  %-18s %s%n", "ALL (not sign in)", timings.percentiles(null));
        Map<String, Integer> failures = timings.failures();
        failures.forEach((reason, count) -> System.out.printf("  FAILED %d× %s%n", count, reason));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        String url = options.getOrDefault("url", "http://127.0.0.1:8080");
        int learners = Integer.parseInt(options.getOrDefault("learners", "100"));
        LoadDriver driver = new LoadDriver(url, LearnerScript.fromOptions(options));
        // a learner has three attempts at the quiz: later runs against the same app take later accounts
        driver.skipAccounts(Integer.parseInt(options.getOrDefault("first-account", "1")) - 1);
        long start = System.nanoTime();
        Timings timings = driver.learners(learners);
        print(learners + " learners against " + url + " in " + (System.nanoTime() - start) / 1_000_000_000 + " s", timings);
        // --hold 60 keeps the sessions open for a minute, to look at the app's heap (jcmd, a heap dump) meanwhile
        Thread.sleep(Long.parseLong(options.getOrDefault("hold", "0")) * 1000);
        driver.signOutAll();
        System.exit(timings.failureCount() == 0 ? 0 : 1);
    }
}
