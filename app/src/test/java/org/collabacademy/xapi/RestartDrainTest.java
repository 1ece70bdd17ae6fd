package org.collabacademy.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.collabacademy.CollabAcademyApplication;
import org.collabacademy.TestAccounts;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseReader;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real stop and start: the app is closed with statements still queued, a new app starts on the same
 * database, and its background delivery drains the backlog to the (stub) LRS. The database is an
 * in-memory H2 database of this test's own, kept open between the two apps by {@code DB_CLOSE_DELAY=-1}.
 */
class RestartDrainTest {

    private static final String LEARNER_STATEMENTS = "select cast(id as varchar) from xapi_statement where learner_id = ?";

    @Test
    void statements_left_undelivered_by_a_stopped_app_reach_the_lrs_after_the_restart() throws Exception {
        String database = "jdbc:h2:mem:restart-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (StubLrs lrs = new StubLrs()) {
            long learnerId;
            String statementId;
            try (ConfigurableApplicationContext first = start(database, lrs, false)) {
                TestAccounts accounts = first.getBean(TestAccounts.class);
                UserSummary learner = accounts.create("restarted");
                learnerId = learner.id();
                accounts.signIn(learner.email());
                first.getBean(CourseReader.class).open("collaborate-to-compete", "examples-of-collaborations", "introduction", Language.ENGLISH);
                accounts.signOut();
                JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
                statementId = jdbc.queryForObject(LEARNER_STATEMENTS, String.class, learnerId);
                assertThat(jdbc.queryForObject("select count(*) from lrs_delivery where statement_id = cast(? as uuid) and status = 'PENDING'",
                        Long.class, statementId)).isEqualTo(1);
            }
            assertThat(lrs.received).isEmpty();

            try (ConfigurableApplicationContext second = start(database, lrs, true)) {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (!lrs.received.contains(statementId) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(lrs.received).containsExactly(statementId);
                JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForObject(LEARNER_STATEMENTS, String.class, learnerId)).isEqualTo(statementId);
                assertThat(jdbc.queryForObject("select status from lrs_delivery where statement_id = cast(? as uuid)", String.class, statementId))
                        .isEqualTo("DELIVERED");
            }
        }
    }

    /** The whole app with the test settings, the endpoint given by properties as in production. */
    private static ConfigurableApplicationContext start(String database, StubLrs lrs, boolean deliver) {
        // command-line arguments, so that they win over application-test.properties
        return new SpringApplicationBuilder(CollabAcademyApplication.class).profiles("test").run(
                "--spring.datasource.url=" + database,
                "--server.port=0",
                "--collabacademy.xapi.delivery.scheduled=" + deliver,
                "--collabacademy.xapi.delivery.poll-millis=200",
                "--collabacademy.xapi.endpoints[0].name=restart-stub",
                "--collabacademy.xapi.endpoints[0].url=" + lrs.url());
    }
}
