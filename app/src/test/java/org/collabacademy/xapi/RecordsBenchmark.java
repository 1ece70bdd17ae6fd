package org.collabacademy.xapi;

import gov.adlnet.xapi.model.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.collabacademy.BenchmarkDatabases;
import org.collabacademy.CollabAcademyApplication;
import org.collabacademy.base.SignedIn;
import org.collabacademy.progress.Enrolments;
import org.collabacademy.progress.ProgressViews.LearnerFilter;
import org.collabacademy.progress.ProgressViews.StatusFilter;
import org.collabacademy.xapi.StatementFactory.Target;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark (not a test): statements stored per second through the app's store (batches of 1,000)
 * next to a plain JDBC batch insert of the same rows into the same database, on H2 and on PostgreSQL;
 * and the trainer dashboard's queries for a course with 10,000 learners.
 */
public final class RecordsBenchmark {

    private static final int BATCH = 1_000;
    private static final int BATCHES = 10;
    private static final int LEARNERS = 10_000;
    private static final String COURSE = "collaborate-to-compete";

    private record Admin(long userId, String displayName, String email, String organization) implements SignedIn {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkDatabases.printBoth("records", (database, datasource) -> run(database, datasource));
    }

    private static List<String> run(String database, List<String> datasource) throws Exception {
        List<String> args = new ArrayList<>(datasource);
        args.addAll(List.of("--collabacademy.content.dir=" + contentDir(), "--server.port=0", "--logging.level.root=warn",
                "--logging.structured.format.console=", "--spring.main.banner-mode=off", "--collabacademy.xapi.delivery.scheduled=false"));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CollabAcademyApplication.class).run(args.toArray(String[]::new))) {
            StatementFactory factory = context.getBean(StatementFactory.class);
            StatementStore store = context.getBean(StatementStore.class);
            TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

            // warm up both paths once
            storeBatch(factory, store, transactions);
            jdbcBatch(factory, jdbc, transactions);
            double ours = median(() -> storeBatch(factory, store, transactions));
            double plain = median(() -> jdbcBatch(factory, jdbc, transactions));
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "%-10s statements/s: store %,8.0f   plain JDBC batch %,8.0f   ratio store/JDBC %.2f   (batches of %d, median of %d)",
                    database, BATCH / ours * 1000, BATCH / plain * 1000, (BATCH / ours) / (BATCH / plain), BATCH, BATCHES));

            seedLearners(jdbc, transactions);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    new Admin(1, "Benchmark admin", "admin@bench.example", ""), null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
            try {
                Enrolments enrolments = context.getBean(Enrolments.class);
                double page = median(() -> enrolments.learners(COURSE, LearnerFilter.all(),
                        PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "progressPercent"))).getTotalElements());
                double filtered = median(() -> enrolments.learners(COURSE, new LearnerFilter("Firm 7", StatusFilter.IN_PROGRESS),
                        PageRequest.of(3, 50, Sort.by("learnerName"))).getTotalElements());
                double funnel = median(() -> enrolments.funnel(COURSE));
                lines.add(String.format(Locale.ROOT, "%-10s dashboard with %,d learners: first page sorted by progress %.1f ms, filtered page %.1f ms, funnel %.1f ms",
                        database, LEARNERS, page, filtered, funnel));
            } finally {
                SecurityContextHolder.clearContext();
            }
            return lines;
        }
    }

    private static Object storeBatch(StatementFactory factory, StatementStore store, TransactionTemplate transactions) {
        return transactions.execute(status -> {
            for (int i = 0; i < BATCH; i++) {
                Statement statement = statement(factory, i);
                store.append(statement, (long) i, COURSE, null, Instant.now());
            }
            return null;
        });
    }

    private static Object jdbcBatch(StatementFactory factory, JdbcTemplate jdbc, TransactionTemplate transactions) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            Statement statement = statement(factory, i);
            Timestamp now = Timestamp.from(Instant.now());
            rows.add(new Object[] {UUID.fromString(statement.getId()), now, now, (long) i, COURSE, statement.getVerb().getId(),
                    factory.pageIri(COURSE, "m", "p" + i), null, statement.serialize().toString()});
        }
        return transactions.execute(status -> jdbc.batchUpdate("insert into xapi_statement (id, stored_at, statement_timestamp, learner_id, course_key,"
                + " verb, activity_id, registration, voided, statement) values (?, ?, ?, ?, ?, ?, ?, ?, false, ?)", rows));
    }

    private static Statement statement(StatementFactory factory, int i) {
        return factory.statement(UUID.randomUUID(), i, XapiProfile.EXPERIENCED,
                new Target(factory.pageIri(COURSE, "m", "p" + i), XapiProfile.PAGE, Map.of()), UUID.randomUUID(),
                List.of(new Target(factory.moduleIri(COURSE, "m"), XapiProfile.MODULE, Map.of())), List.of(), null, Instant.now());
    }

    private static void seedLearners(JdbcTemplate jdbc, TransactionTemplate transactions) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < LEARNERS; i++) {
            rows.add(new Object[] {UUID.randomUUID(), 1_000_000L + i, COURSE, "Learner " + i, "learner" + i + "@bench.example", "Firm " + (i % 40),
                    now, i % 3 == 0 ? null : now, i % 97, i % 5});
        }
        transactions.executeWithoutResult(status -> jdbc.batchUpdate("""
                insert into enrolment (registration, learner_id, course_key, learner_name, learner_email, organization, status,
                    enrolled_at, last_activity_at, progress_percent, quiz_attempts) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)
                """, rows));
        // half of them started module 1, a quarter completed it: the funnel has something to count
        transactions.executeWithoutResult(status -> jdbc.update("""
                insert into progress_module (enrolment_id, module_key, quiz_passed, attempts, started_at, completed_at)
                select id, 'examples-of-collaborations', false, 0, enrolled_at, case when mod(id, 4) = 0 then enrolled_at end
                from enrolment where course_key = ? and mod(id, 2) = 0
                """, COURSE));
    }

    private static double median(Supplier<?> work) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < BATCHES; i++) {
            long start = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times.stream().sorted().toList().get(times.size() / 2);
    }

    private static String contentDir() {
        return java.nio.file.Files.isDirectory(java.nio.file.Path.of("course-content")) ? "course-content" : "../course-content";
    }
}
