package org.collabacademy.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.collabacademy.IntegrationTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.TestClock;
import org.collabacademy.base.Language;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.CourseReader;
import org.collabacademy.course.TestContent;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.collabacademy.progress.Registrations;
import org.collabacademy.quiz.Answer;
import org.collabacademy.quiz.AttemptSheet;
import org.collabacademy.quiz.QuizTaking;
import org.collabacademy.xapi.LearningRecordsAdmin.EndpointForm;
import org.collabacademy.xapi.LearningRecordsAdmin.EndpointStatus;
import org.collabacademy.xapi.LearningRecordsAdmin.StatementQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Statements for every learning event, checked against the xAPI rules, and their delivery to a real (stub) LRS. */
@IntegrationTest
class LearningRecordsTest {

    @Autowired CourseReader reader;
    @Autowired QuizTaking quizzes;
    @Autowired ContentImport contentImport;
    @Autowired TestAccounts accounts;
    @Autowired LearningRecordsAdmin admin;
    @Autowired LrsForwarder forwarder;
    @Autowired StoredStatementRepository statements;
    @Autowired LrsEndpointRepository endpoints;
    @Autowired LrsDeliveryRepository deliveries;
    @Autowired XapiSettings settings;
    @Autowired org.collabacademy.base.PublicUrl publicUrl;
    @Autowired StatementFactory factory;
    @Autowired TransactionTemplate transactions;
    @Autowired Registrations registrations;
    @Autowired TestClock clock;
    @Autowired EnabledEndpoints enabledEndpoints;

    @TempDir
    Path content;

    private String course;
    private UserSummary learner;
    private UserSummary administrator;
    private StubLrs lrs;
    private long endpointId;

    @BeforeEach
    void setUp() throws Exception {
        course = TestContent.withTinyCourse(content, "records");
        TestContent.importFolder(contentImport, content);
        administrator = accounts.create("records-admin", Role.ADMIN);
        learner = accounts.create("recorded");
        lrs = new StubLrs();
        accounts.signIn(administrator.email());
        EndpointStatus endpoint = admin.saveEndpoint(new EndpointForm(null, "stub-" + UUID.randomUUID(), lrs.url(), "lrs-user", "lrs-secret", true));
        endpointId = endpoint.id();
        accounts.signIn(learner.email());
    }

    @AfterEach
    void tearDown() {
        transactions.executeWithoutResult(s -> endpoints.findById(endpointId).ifPresent(e -> e.configure(e.name(), e.url(), "", "", false)));
        enabledEndpoints.forget();
        lrs.close();
        accounts.signOut();
    }

    private List<StatementRecord> mine() {
        accounts.signIn(administrator.email());
        List<StatementRecord> found = admin.browse(new StatementQuery(learner.id(), "", course, java.time.Instant.EPOCH,
                java.time.Instant.parse("9999-01-01T00:00:00Z")), PageRequest.of(0, 100)).getContent();
        accounts.signIn(learner.email());
        return found;
    }

    private void learn() {
        reader.open(course, "first", "welcome", Language.ENGLISH);
        AttemptSheet sheet = quizzes.startOrResume(course, "first", "tiny-quiz");
        quizzes.save(sheet.attempt().id(), "pick-one", Answer.of("right"));
        quizzes.submit(sheet.attempt().id());
        AttemptSheet profile = quizzes.startOrResume(course, "first", "tiny-profile");
        quizzes.save(profile.attempt().id(), "trust-1", Answer.of("3"));
        quizzes.submit(profile.attempt().id());
    }

    @Test
    void every_learning_event_becomes_a_valid_xapi_statement_without_personal_data() {
        learn();
        List<StatementRecord> recorded = mine();
        assertThat(recorded).extracting(StatementRecord::verbName)
                .contains("experienced", "attempted", "answered", "failed", "completed");
        UUID registration = registrations.of(learner.id(), course).orElseThrow();
        for (StatementRecord statement : recorded) {
            assertThat(StatementRules.check(statement.json())).as(statement.json()).isEmpty();
            assertThat(statement.json())
                    .contains("\"account\":{\"homePage\":\"" + publicUrl.url() + "\",\"name\":\"" + learner.id() + "\"}")
                    .contains("\"registration\":\"" + registration + "\"")
                    .doesNotContain(learner.email(), "mbox");
            assertThat(statement.json()).containsPattern("\"timestamp\":\"[0-9T:.-]+Z\"");
        }
        StatementRecord failed = recorded.stream().filter(s -> s.verbName().equals("failed")).findFirst().orElseThrow();
        assertThat(failed.json()).contains("\"scaled\":", "\"min\":0", "\"max\":100", "\"success\":false", "\"completion\":true", "\"duration\":\"PT")
                .contains(factory.activityBase() + "/courses/" + course + "/modules/first/quizzes/tiny-quiz");
        StatementRecord profile = recorded.stream().filter(s -> s.verbName().equals("completed") && s.activityId().endsWith("tiny-profile"))
                .findFirst().orElseThrow();
        assertThat(profile.json()).contains(XapiProfile.SCORES_EXTENSION, "\"trust\":50");
    }

    @Test
    void every_statement_reaches_the_lrs_once_with_its_own_id_and_credentials() {
        learn();
        while (forwarder.deliverDue() > 0) {
            // drain
        }
        List<String> ids = mine().stream().map(s -> s.id().toString()).toList();
        assertThat(lrs.received).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(lrs.authorizations).allMatch(a -> a.startsWith("Basic ") && a.endsWith(" 1.0.3"));
        assertThat(forwarder.deliverDue()).isZero();
        accounts.signIn(administrator.email());
        assertThat(admin.endpoints()).filteredOn(e -> e.id() == endpointId).singleElement()
                .matches(e -> e.backlog() == 0 && e.delivered() == ids.size() && e.dead() == 0);
    }

    @Test
    void an_unavailable_lrs_gets_the_same_statements_later_and_conflict_counts_as_delivered() {
        lrs.mode = StubLrs.Mode.UNAVAILABLE;
        reader.open(course, "first", "welcome", Language.ENGLISH);
        assertThat(forwarder.deliverDue()).isZero();
        assertThat(forwarder.deliverDue()).isZero(); // not due again before the back-off
        accounts.signIn(administrator.email());
        assertThat(admin.endpoints()).filteredOn(e -> e.id() == endpointId).singleElement()
                .matches(e -> e.backlog() >= 1 && e.lastError().contains("503") && e.failingSince() != null);

        lrs.mode = StubLrs.Mode.CONFLICT;
        clock.advance(Duration.ofSeconds(settings.delivery().firstRetry().toSeconds() + 1));
        assertThat(forwarder.deliverDue()).isGreaterThanOrEqualTo(1);
        assertThat(admin.endpoints()).filteredOn(e -> e.id() == endpointId).singleElement()
                .matches(e -> e.backlog() == 0 && e.failingSince() == null);
    }

    @Test
    void a_refused_statement_becomes_a_dead_letter_while_the_rest_keep_flowing() {
        reader.open(course, "first", "welcome", Language.ENGLISH);
        reader.open(course, "first", "extra", Language.ENGLISH);
        List<StatementRecord> two = mine();
        lrs.refuse = two.getFirst().id().toString();
        forwarder.deliverDue();
        assertThat(lrs.received).containsExactly(two.get(1).id().toString());
        accounts.signIn(administrator.email());
        assertThat(admin.deadLetters(endpointId)).singleElement()
                .matches(d -> d.statementId().equals(lrs.refuse) && d.reason().contains("400") && d.reason().contains("scaled"));

        lrs.refuse = "";
        assertThat(admin.retryDeadLetters(endpointId)).isEqualTo(1);
        forwarder.deliverDue();
        assertThat(lrs.received).containsExactlyInAnyOrder(two.get(0).id().toString(), two.get(1).id().toString());
    }

    @Test
    void a_hanging_lrs_times_out_and_never_holds_up_a_learner() throws Exception {
        lrs.mode = StubLrs.Mode.HANG;
        reader.open(course, "first", "welcome", Language.ENGLISH);
        long started = System.nanoTime();
        CompletableFuture<Integer> delivery = CompletableFuture.supplyAsync(forwarder::deliverDue);
        long reading = System.nanoTime();
        reader.open(course, "first", "extra", Language.ENGLISH);
        assertThat(Duration.ofNanos(System.nanoTime() - reading)).isLessThan(Duration.ofMillis(800));
        assertThat(delivery.get()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        accounts.signIn(administrator.email());
        assertThat(admin.endpoints()).filteredOn(e -> e.id() == endpointId).singleElement()
                .matches(e -> e.lastError().contains("Timeout") && e.backlog() == 2);
    }

    @Test
    void the_backlog_lives_in_the_database_so_a_restarted_app_drains_it() {
        lrs.mode = StubLrs.Mode.UNAVAILABLE;
        reader.open(course, "first", "welcome", Language.ENGLISH);
        forwarder.deliverDue();
        lrs.mode = StubLrs.Mode.OK;
        clock.advance(Duration.ofMinutes(20));
        // a new forwarder, as after a restart: nothing of the backlog was kept in memory
        LrsForwarder afterRestart = new LrsForwarder(endpoints, deliveries, statements, settings, transactions, clock);
        assertThat(afterRestart.deliverDue()).isGreaterThanOrEqualTo(1);
        assertThat(lrs.received).contains(mine().getFirst().id().toString());
    }

    @Test
    void learners_cannot_browse_statements_or_configure_record_stores() {
        assertThatThrownBy(() -> admin.browse(StatementQuery.everything(), PageRequest.of(0, 10))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(admin::endpoints).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void an_endpoint_needs_an_http_address() {
        accounts.signIn(administrator.email());
        assertThatThrownBy(() -> admin.saveEndpoint(new EndpointForm(null, "bad", "javascript:alert(1)", "", "", true)))
                .isInstanceOf(org.collabacademy.base.InvalidInput.class);
    }
}
