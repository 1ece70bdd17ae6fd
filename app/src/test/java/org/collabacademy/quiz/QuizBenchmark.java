package org.collabacademy.quiz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.collabacademy.CollabAcademyApplication;
import org.collabacademy.base.SignedIn;
import org.collabacademy.course.content.Question;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark (not a test): server time per saved answer and per graded submission of the module 1 quiz,
 * with 1 learner at a time and with 200 learners at the same moment, side by side in one run.
 */
public final class QuizBenchmark {

    private static final String COURSE = "collaborate-to-compete";
    private static final String MODULE = "examples-of-collaborations";
    private static final String QUIZ = "check-your-understanding";

    private record Learner(long userId, String displayName) implements SignedIn {
        @Override
        public String email() {
            return "learner-" + userId + "@benchmark.example";
        }

        @Override
        public String organization() {
            return "Benchmark Ltd";
        }
    }

    private record Timings(List<Double> saves, List<Double> submits) {
    }

    public static void main(String[] args) throws Exception {
        Path content = Files.isDirectory(Path.of("course-content")) ? Path.of("course-content") : Path.of("../course-content");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CollabAcademyApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:quiz-benchmark;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.hikari.maximum-pool-size=20",
                "--collabacademy.content.dir=" + content, "--server.port=0", "--logging.level.root=warn",
                "--logging.structured.format.console=", "--spring.main.banner-mode=off")) {
            QuizTaking taking = context.getBean(QuizTaking.class);
            run(taking, 1, 30, 1_000_000); // warm-up, not reported
            Timings alone = run(taking, 1, 50, 2_000_000);
            Timings together = run(taking, 200, 200, 3_000_000);

            System.out.println();
            System.out.printf(Locale.ROOT, "%-34s %10s %10s %10s %10s%n", "server time (ms)", "p50", "p95", "p99", "mean");
            print("save answer, 1 learner", alone.saves());
            print("save answer, 200 at once", together.saves());
            print("submit + grade, 1 learner", alone.submits());
            print("submit + grade, 200 at once", together.submits());
            System.out.printf(Locale.ROOT, "%nratio 200 at once / 1 learner (p50): save %.1f, submit %.1f; (p95): save %.1f, submit %.1f%n",
                    percentile(together.saves(), 50) / percentile(alone.saves(), 50),
                    percentile(together.submits(), 50) / percentile(alone.submits(), 50),
                    percentile(together.saves(), 95) / percentile(alone.saves(), 95),
                    percentile(together.submits(), 95) / percentile(alone.submits(), 95));
            System.out.println("(" + Runtime.getRuntime().availableProcessors() + " cores, embedded H2; each learner answers the 10 drawn questions, then submits)");
        }
    }

    /** {@code parallel} learners at once (released together), {@code learners} in all. */
    private static Timings run(QuizTaking taking, int parallel, int learners, long firstUserId) throws Exception {
        List<Double> saves = Collections.synchronizedList(new ArrayList<>());
        List<Double> submits = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CyclicBarrier together = new CyclicBarrier(parallel);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            long userId = firstUserId + i;
            done.add(pool.submit(() -> {
                Learner learner = new Learner(userId, "Benchmark " + userId);
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(learner, null, AuthorityUtils.createAuthorityList("ROLE_LEARNER")));
                try {
                    AttemptSheet sheet = taking.startOrResume(COURSE, MODULE, QUIZ);
                    together.await();
                    for (Question question : sheet.questions()) {
                        long start = System.nanoTime();
                        taking.save(sheet.attempt().id(), question.key(), answerFor(question, sheet));
                        saves.add((System.nanoTime() - start) / 1e6);
                    }
                    long start = System.nanoTime();
                    taking.submit(sheet.attempt().id());
                    submits.add((System.nanoTime() - start) / 1e6);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            }));
        }
        for (Future<?> each : done) {
            each.get();
        }
        pool.shutdown();
        return new Timings(List.copyOf(saves), List.copyOf(submits));
    }

    private static Answer answerFor(Question question, AttemptSheet sheet) {
        List<String> order = sheet.choiceOrders().getOrDefault(question.key(), List.of());
        return switch (question.type()) {
            case SINGLE, TRUE_FALSE -> Answer.of(question.choices().getFirst().key());
            case MULTIPLE -> new Answer(order.subList(0, Math.min(2, order.size())));
            case MATCHING -> new Answer(question.pairs().stream().map(p -> p.key() + "=" + p.key()).toList());
            case ORDERING -> new Answer(order);
            case SHORT_ANSWER, NUMERIC, RATING -> Answer.of("joint venture");
        };
    }

    private static void print(String what, List<Double> times) {
        System.out.printf(Locale.ROOT, "%-34s %10.2f %10.2f %10.2f %10.2f%n", what, percentile(times, 50), percentile(times, 95),
                percentile(times, 99), times.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    private static double percentile(List<Double> times, int percent) {
        List<Double> sorted = times.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
