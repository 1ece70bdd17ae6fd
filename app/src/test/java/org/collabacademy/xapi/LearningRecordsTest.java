package org.collabacademy.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.collabacademy.IntegrationTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.TestClock;
import org.collabacademy.TinyCourse;
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
import org.springframework.jdbc.core.JdbcTemplate;
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
    @Autowired JdbcTemplate jdbc;
    @Autowired jakarta.persistence.EntityManager entities;

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
    void completing_a_whole_course_records_valid_statements_with_verbs_types_context_and_scores() {
        TinyCourse.complete(reader, quizzes, course, Language.ENGLISH);
        List<StatementRecord> recorded = mine();
        UUID registration = registrations.of(learner.id(), course).orElseThrow();
        for (StatementRecord statement : recorded) {
            assertThat(StatementRules.check(statement.json())).as(statement.json()).isEmpty();
            assertThat(json(statement).getAsJsonObject("context").get("registration").getAsString()).isEqualTo(registration.toString());
        }
        String courseIri = factory.courseIri(course);
        String firstModule = factory.moduleIri(course, "first");
        String quizIri = factory.quizIri(course + "/first/tiny-quiz");

        JsonObject page = only(recorded, XapiProfile.EXPERIENCED, factory.pageIri(course, "first", "welcome"));
        assertThat(type(page)).isEqualTo(XapiProfile.PAGE);
        assertThat(contextIds(page, "parent")).containsExactly(firstModule);
        assertThat(contextIds(page, "grouping")).containsExactly(courseIri);

        JsonObject passed = only(recorded, XapiProfile.PASSED, quizIri);
        assertThat(type(passed)).isEqualTo(XapiProfile.ASSESSMENT);
        assertThat(contextIds(passed, "parent")).containsExactly(firstModule);
        assertThat(contextIds(passed, "grouping")).containsExactly(courseIri);
        JsonObject score = passed.getAsJsonObject("result").getAsJsonObject("score");
        // the questions are drawn from a pool, so the exact score varies; it passed (60 % needed)
        assertThat(score.get("min").getAsDouble()).isZero();
        assertThat(score.get("max").getAsDouble()).isEqualTo(100);
        assertThat(score.get("raw").getAsDouble()).isBetween(60.0, 100.0);
        assertThat(score.get("scaled").getAsDouble()).isCloseTo(score.get("raw").getAsDouble() / 100, org.assertj.core.data.Offset.offset(0.001));
        assertThat(passed.getAsJsonObject("result").get("success").getAsBoolean()).isTrue();
        assertThat(recorded).noneMatch(s -> s.verb().equals(XapiProfile.FAILED));

        JsonObject answered = json(recorded.stream().filter(s -> s.verb().equals(XapiProfile.ANSWERED)).findFirst().orElseThrow());
        assertThat(type(answered)).isEqualTo(XapiProfile.QUESTION);
        assertThat(contextIds(answered, "parent")).containsExactly(quizIri);
        assertThat(only(recorded, XapiProfile.ATTEMPTED, quizIri)).satisfies(s -> assertThat(type(s)).isEqualTo(XapiProfile.ASSESSMENT));

        for (String module : List.of("first", "second")) {
            JsonObject completed = only(recorded, XapiProfile.COMPLETED, factory.moduleIri(course, module));
            assertThat(type(completed)).isEqualTo(XapiProfile.MODULE);
            assertThat(contextIds(completed, "parent")).containsExactly(courseIri);
            assertThat(completed.getAsJsonObject("result").get("completion").getAsBoolean()).isTrue();
        }
        JsonObject courseCompleted = only(recorded, XapiProfile.COMPLETED, courseIri);
        assertThat(type(courseCompleted)).isEqualTo(XapiProfile.COURSE);
        assertThat(courseCompleted.getAsJsonObject("result").get("completion").getAsBoolean()).isTrue();
    }

    private static JsonObject json(StatementRecord statement) {
        return JsonParser.parseString(statement.json()).getAsJsonObject();
    }

    /** The one statement with this verb about this activity. */
    private static JsonObject only(List<StatementRecord> recorded, String verb, String activityId) {
        List<StatementRecord> found = recorded.stream().filter(s -> s.verb().equals(verb) && s.activityId().equals(activityId)).toList();
        assertThat(found).as(verb + " " + activityId).hasSize(1);
        return json(found.getFirst());
    }

    private static String type(JsonObject statement) {
        return statement.getAsJsonObject("object").getAsJsonObject("definition").get("type").getAsString();
    }

    private static List<String> contextIds(JsonObject statement, String kind) {
        JsonObject activities = statement.getAsJsonObject("context").getAsJsonObject("contextActivities");
        if (activities == null || !activities.has(kind)) {
            return List.of();
        }
        return activities.getAsJsonArray(kind).asList().stream().map(a -> a.getAsJsonObject().get("id").getAsString()).toList();
    }

    @Test
    void a_rolled_back_event_leaves_neither_a_statement_nor_an_outbox_row() {
        long statementsBefore = count("select count(*) from xapi_statement where learner_id = ?", learner.id());
        long deliveriesBefore = count("select count(*) from lrs_delivery where endpoint_id = ?", endpointId);
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            reader.open(course, "first", "welcome", Language.ENGLISH);
            entities.flush();
            // inside the transaction both exist: the rollback is what removes them
            assertThat(count("select count(*) from xapi_statement where learner_id = ?", learner.id())).isGreaterThan(statementsBefore);
            assertThat(count("select count(*) from lrs_delivery where endpoint_id = ?", endpointId)).isGreaterThan(deliveriesBefore);
        });
        assertThat(count("select count(*) from xapi_statement where learner_id = ?", learner.id())).isEqualTo(statementsBefore);
        assertThat(count("select count(*) from lrs_delivery where endpoint_id = ?", endpointId)).isEqualTo(deliveriesBefore);
    }

    @Test
    void a_stored_statement_cannot_be_changed_through_the_entity_or_an_update_query() {
        reader.open(course, "first", "welcome", Language.ENGLISH);
        UUID id = mine().getFirst().id();
        String original = jdbc.queryForObject("select statement from xapi_statement where id = ?", String.class, id);
        transactions.executeWithoutResult(status -> {
            StoredStatement stored = statements.findById(id).orElseThrow();
            org.springframework.test.util.ReflectionTestUtils.setField(stored, "statement", "{\"tampered\":true}");
            org.springframework.test.util.ReflectionTestUtils.setField(stored, "verb", "tampered");
        });
        assertThat(jdbc.queryForObject("select statement from xapi_statement where id = ?", String.class, id)).isEqualTo(original);
        assertThat(jdbc.queryForObject("select verb from xapi_statement where id = ?", String.class, id)).isEqualTo(XapiProfile.EXPERIENCED);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> entities
                .createQuery("update StoredStatement s set s.statement = '{}' where s.id = :id").setParameter("id", id).executeUpdate()))
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("select statement from xapi_statement where id = ?", String.class, id)).isEqualTo(original);
    }

    @Test
    void a_trainer_browses_and_exports_only_the_statements_of_their_own_courses() throws Exception {
        UserSummary trainer = accounts.create("records-trainer", Role.TRAINER);
        Path manifest = content.resolve("tiny/course.yaml");
        java.nio.file.Files.writeString(manifest, "trainers: [" + trainer.email() + "]\n" + java.nio.file.Files.readString(manifest));
        accounts.signOut();
        TestContent.importFolder(contentImport, content);
        accounts.signIn(learner.email());
        reader.open(course, "first", "welcome", Language.ENGLISH);
        reader.open("collaborate-to-compete", "examples-of-collaborations", "introduction", Language.ENGLISH);

        accounts.signIn(trainer.email());
        StatementQuery learnersStatements = new StatementQuery(learner.id(), "", "", java.time.Instant.EPOCH, java.time.Instant.parse("9999-01-01T00:00:00Z"));
        List<StatementRecord> seen = admin.browse(learnersStatements, PageRequest.of(0, 100)).getContent();
        assertThat(seen).isNotEmpty().allMatch(s -> course.equals(s.courseKey()));
        assertThat(admin.browse(new StatementQuery(learner.id(), "", "collaborate-to-compete", java.time.Instant.EPOCH,
                java.time.Instant.parse("9999-01-01T00:00:00Z")), PageRequest.of(0, 100)).getContent()).isEmpty();

        var exported = JsonParser.parseString(admin.exportJson(learnersStatements)).getAsJsonArray();
        assertThat(exported.asList().stream().map(e -> e.getAsJsonObject().get("id").getAsString()).toList())
                .containsExactlyInAnyOrderElementsOf(seen.stream().map(s -> s.id().toString()).toList());
        assertThat(exported.asList()).allMatch(e -> e.getAsJsonObject().get("object").getAsJsonObject().get("id").getAsString()
                .startsWith(factory.courseIri(course)));

        // an administrator sees both courses
        accounts.signIn(administrator.email());
        assertThat(admin.browse(learnersStatements, PageRequest.of(0, 100)).getContent()).extracting(StatementRecord::courseKey)
                .contains(course, "collaborate-to-compete");
    }

    @Test
    void endpoints_from_properties_are_created_at_start_and_updated_by_name_on_the_next_start() {
        String name = "configured-" + UUID.randomUUID();
        XapiSettings first = new XapiSettings(List.of(new XapiSettings.Endpoint(name, lrs.url(), "cfg-user", "cfg-secret", true)),
                settings.delivery(), settings.api());
        transactions.executeWithoutResult(s -> new ConfiguredEndpoints(first, endpoints, clock).run(new org.springframework.boot.DefaultApplicationArguments()));
        transactions.executeWithoutResult(s -> assertThat(endpoints.findByName(name)).hasValueSatisfying(e -> {
            assertThat(e.url()).isEqualTo(lrs.url());
            assertThat(e.username()).isEqualTo("cfg-user");
            assertThat(e.password()).isEqualTo("cfg-secret");
            assertThat(e.enabled()).isTrue();
        }));

        XapiSettings changed = new XapiSettings(List.of(new XapiSettings.Endpoint(name, "https://lrs.example.org/other/", "other", "", false)),
                settings.delivery(), settings.api());
        transactions.executeWithoutResult(s -> new ConfiguredEndpoints(changed, endpoints, clock).run(new org.springframework.boot.DefaultApplicationArguments()));
        transactions.executeWithoutResult(s -> {
            assertThat(endpoints.findAll()).filteredOn(e -> e.name().equals(name)).singleElement().satisfies(e -> {
                assertThat(e.url()).isEqualTo("https://lrs.example.org/other/");
                assertThat(e.username()).isEqualTo("other");
                assertThat(e.enabled()).isFalse();
            });
        });
        enabledEndpoints.forget();
    }

    @Test
    void a_disabled_endpoint_gets_no_outbox_rows() {
        accounts.signIn(administrator.email());
        EndpointStatus off = admin.saveEndpoint(new EndpointForm(null, "off-" + UUID.randomUUID(), lrs.url(), "", "", false));
        accounts.signIn(learner.email());
        reader.open(course, "first", "welcome", Language.ENGLISH);
        assertThat(count("select count(*) from lrs_delivery where endpoint_id = ?", off.id())).isZero();
        assertThat(count("select count(*) from lrs_delivery where endpoint_id = ?", endpointId)).isEqualTo(1);
    }

    @Test
    void discarded_dead_letters_are_never_sent_again() {
        reader.open(course, "first", "welcome", Language.ENGLISH);
        String refused = mine().getFirst().id().toString();
        lrs.refuse = refused;
        forwarder.deliverBatch(endpointId);
        accounts.signIn(administrator.email());
        assertThat(admin.deadLetters(endpointId)).extracting(LearningRecordsAdmin.DeadLetter::statementId).containsExactly(refused);

        assertThat(admin.discardDeadLetters(endpointId)).isEqualTo(1);
        assertThat(admin.deadLetters(endpointId)).isEmpty();
        assertThat(admin.retryDeadLetters(endpointId)).isZero();
        lrs.refuse = "";
        clock.advance(Duration.ofMinutes(20));
        assertThat(forwarder.deliverBatch(endpointId)).isZero();
        assertThat(lrs.received).doesNotContain(refused);
        assertThat(admin.endpoints()).filteredOn(e -> e.id() == endpointId).singleElement()
                .matches(e -> e.backlog() == 0 && e.dead() == 0 && e.delivered() == 0);
    }

    private long count(String sql, long id) {
        Long found = jdbc.queryForObject(sql, Long.class, id);
        return found == null ? 0 : found;
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
