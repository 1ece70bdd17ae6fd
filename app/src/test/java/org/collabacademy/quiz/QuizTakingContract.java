package org.collabacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.collabacademy.TestAccounts;
import org.collabacademy.TestClock;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.TestContent;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Taking quizzes, on H2 and on PostgreSQL alike (the subclasses choose the database). */
@RecordApplicationEvents
abstract class QuizTakingContract {

    @Autowired QuizTaking taking;
    @Autowired ContentImport contentImport;
    @Autowired TestAccounts accounts;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;
    @Autowired OverdueAttempts overdue;
    @Autowired QuizAttemptRepository attemptRows;

    @TempDir
    Path content;

    private String course;
    private UserSummary learner;

    @BeforeEach
    void importTinyCourseAndSignIn() {
        course = TestContent.withTinyCourse(content, "quiz");
        TestContent.importFolder(contentImport, content);
        learner = accounts.create("quiz-taker");
        accounts.signIn(learner.email());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private AttemptSheet start() {
        return taking.startOrResume(course, "first", "tiny-quiz");
    }

    @Test
    void the_same_attempt_is_resumed_with_every_saved_answer() {
        AttemptSheet first = start();
        assertThat(first.questions()).hasSize(14);
        taking.save(first.attempt().id(), "pick-one", Answer.of("right"));
        taking.save(first.attempt().id(), "pick-many", Answer.of("apple", "pear"));
        taking.save(first.attempt().id(), "pick-one", Answer.of("wrong"));

        AttemptSheet again = start();
        assertThat(again.attempt().id()).isEqualTo(first.attempt().id());
        assertThat(again.questions()).extracting(q -> q.key()).containsExactlyElementsOf(first.questions().stream().map(q -> q.key()).toList());
        assertThat(again.choiceOrders()).isEqualTo(first.choiceOrders());
        assertThat(again.answers()).containsEntry("pick-one", Answer.of("wrong")).containsEntry("pick-many", Answer.of("apple", "pear"));
        assertThat(events.stream(QuizEvents.AttemptStarted.class)).hasSize(1);
        assertThat(events.stream(QuizEvents.AnswerSaved.class)).hasSize(3);
    }

    @Test
    void submitting_grades_once_even_when_submitted_twice_at_the_same_moment() throws Exception {
        AttemptSheet sheet = start();
        taking.save(sheet.attempt().id(), "pick-one", Answer.of("right"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Outcome>> submits = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<Outcome> submit = () -> {
                accounts.signIn(learner.email());
                try {
                    return taking.submit(sheet.attempt().id());
                } finally {
                    accounts.signOut();
                }
            };
            submits.add(pool.submit(submit));
        }
        List<Double> scores = new ArrayList<>();
        for (Future<Outcome> submit : submits) {
            scores.add(submit.get().attempt().score());
        }
        pool.shutdown();
        assertThat(scores).hasSize(2).allMatch(s -> s.equals(scores.getFirst()));
        assertThat(events.stream(QuizEvents.AttemptSubmitted.class)).hasSize(1);
        assertThat(taking.submit(sheet.attempt().id()).attempt().score()).isEqualTo(scores.getFirst());
        assertThat(events.stream(QuizEvents.AttemptSubmitted.class)).hasSize(1);
    }

    @Test
    void a_submitted_attempt_accepts_no_answer() {
        AttemptSheet sheet = start();
        taking.submit(sheet.attempt().id());
        assertThatThrownBy(() -> taking.save(sheet.attempt().id(), "pick-one", Answer.of("right")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("quiz.attempt-closed"));
        assertThat(taking.sheet(sheet.attempt().id()).answers()).isEmpty();
    }

    @Test
    void when_the_time_limit_passes_the_attempt_closes_with_the_answers_saved_so_far() {
        AttemptSheet sheet = start();
        assertThat(sheet.deadline()).isNotNull();
        taking.save(sheet.attempt().id(), "pick-one", Answer.of("right"));
        taking.save(sheet.attempt().id(), "is-it", Answer.of("true"));
        clock.advance(Duration.ofMinutes(11));

        assertThatThrownBy(() -> taking.save(sheet.attempt().id(), "count", Answer.of("5"))).isInstanceOf(InvalidInput.class);
        Outcome outcome = taking.outcome(sheet.attempt().id());
        assertThat(outcome.attempt().status()).isEqualTo(AttemptStatus.TIMED_OUT);
        assertThat(outcome.attempt().score()).isEqualTo(Math.round(2.0 / 14 * 1000) / 10.0);
        assertThat(events.stream(QuizEvents.AttemptSubmitted.class)).singleElement().matches(QuizEvents.AttemptSubmitted::timedOut);
    }

    @Test
    void the_deadline_job_closes_an_attempt_nobody_touches_again_with_the_answers_saved_so_far() {
        AttemptSheet sheet = start();
        long id = sheet.attempt().id();
        taking.save(id, "pick-one", Answer.of("right"));
        taking.save(id, "is-it", Answer.of("true"));
        overdue.closeAll();
        assertThat(attemptRows.findById(id).orElseThrow().isOpen()).isTrue();

        clock.advance(Duration.ofMinutes(11));
        assertThat(overdue.closeAll()).isPositive();

        QuizAttempt closed = attemptRows.findById(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(AttemptStatus.TIMED_OUT);
        assertThat(closed.score()).isEqualTo(Math.round(2.0 / 14 * 1000) / 10.0);
        assertThat(events.stream(QuizEvents.AttemptSubmitted.class).filter(e -> e.attemptId() == id))
                .singleElement().matches(QuizEvents.AttemptSubmitted::timedOut).matches(e -> e.learnerId() == learner.id());
        overdue.closeAll();
        assertThat(events.stream(QuizEvents.AttemptSubmitted.class).filter(e -> e.attemptId() == id)).hasSize(1);
    }

    @Test
    void an_answer_saved_while_the_attempt_is_submitted_is_either_graded_or_refused() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                UserSummary racer = accounts.create("racer");
                accounts.signIn(racer.email());
                long id = start().attempt().id();
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Boolean> save = pool.submit(() -> as(racer, () -> {
                    together.await();
                    try {
                        taking.save(id, "pick-one", Answer.of("right"));
                        return true;
                    } catch (InvalidInput closed) {
                        return false;
                    }
                }));
                Future<Outcome> submit = pool.submit(() -> as(racer, () -> {
                    together.await();
                    return taking.submit(id);
                }));
                boolean saved = save.get();
                double score = submit.get().attempt().score();
                assertThat(score).as("round %d: the answer was %s", round, saved ? "accepted" : "refused")
                        .isEqualTo(saved ? Math.round(1.0 / 14 * 1000) / 10.0 : 0.0);
                assertThat(taking.sheet(id).answers().containsKey("pick-one")).isEqualTo(saved);
            }
        } finally {
            pool.shutdown();
        }
    }

    private <T> T as(UserSummary who, Callable<T> work) throws Exception {
        accounts.signIn(who.email());
        try {
            return work.call();
        } finally {
            accounts.signOut();
        }
    }

    @Test
    void after_signing_out_and_in_again_the_same_attempt_resumes_with_its_answers() {
        AttemptSheet first = start();
        taking.save(first.attempt().id(), "pick-one", Answer.of("right"));
        taking.save(first.attempt().id(), "name-it", Answer.of("JV"));
        accounts.signOut();
        accounts.signIn(learner.email());

        AttemptSheet again = start();
        assertThat(again.attempt().id()).isEqualTo(first.attempt().id());
        assertThat(again.answers()).containsOnly(java.util.Map.entry("pick-one", Answer.of("right")), java.util.Map.entry("name-it", Answer.of("JV")));
        assertThat(events.stream(QuizEvents.AttemptStarted.class)).hasSize(1);
    }

    @Test
    void another_learner_can_neither_see_nor_answer_nor_submit_the_attempt() {
        AttemptSheet sheet = start();
        accounts.signIn(accounts.create("nosy").email());
        assertThatThrownBy(() -> taking.sheet(sheet.attempt().id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> taking.save(sheet.attempt().id(), "pick-one", Answer.of("right"))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> taking.submit(sheet.attempt().id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> taking.outcome(sheet.attempt().id())).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_maximum_number_of_attempts_is_enforced_and_the_best_one_counts() {
        AttemptSheet first = start();
        taking.save(first.attempt().id(), "pick-one", Answer.of("right"));
        taking.submit(first.attempt().id());
        AttemptSheet second = start();
        assertThat(second.attempt().number()).isEqualTo(2);
        taking.submit(second.attempt().id());

        QuizOverview overview = taking.overview(course, "first", "tiny-quiz").orElseThrow();
        assertThat(overview.attemptsLeft()).isZero();
        assertThat(overview.canStart()).isFalse();
        assertThat(overview.countingScore()).isEqualTo(first.questions().isEmpty() ? 0 : taking.outcome(first.attempt().id()).attempt().score());
        assertThatThrownBy(this::start).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("quiz.no-attempts-left"));
    }

    @Test
    void the_review_shows_answers_and_feedback_as_the_settings_say() {
        AttemptSheet sheet = start();
        taking.save(sheet.attempt().id(), "pick-one", Answer.of("wrong"));
        Outcome outcome = taking.submit(sheet.attempt().id());
        assertThat(outcome.reviewOpen()).isTrue();
        assertThat(outcome.showFeedback()).isTrue();
        assertThat(outcome.band().texts()).containsValue("Try again.");
        assertThat(outcome.questions()).anySatisfy(q -> {
            assertThat(q.question().key()).isEqualTo("pick-one");
            assertThat(q.share()).isZero();
        });
    }

    @Test
    void a_self_assessment_becomes_the_learners_collaboration_profile() {
        AttemptSheet sheet = taking.startOrResume(course, "first", "tiny-profile");
        taking.save(sheet.attempt().id(), "trust-1", Answer.of("4"));
        taking.save(sheet.attempt().id(), "patience-1", Answer.of("1"));
        taking.save(sheet.attempt().id(), "market", Answer.of("region"));
        Outcome outcome = taking.submit(sheet.attempt().id());

        assertThat(outcome.profile().smeType()).isEqualTo("leader");
        assertThat(outcome.weakestDimensions(1)).containsExactly("patience");
        CollaborationProfile profile = taking.myCollaborationProfile().orElseThrow();
        assertThat(profile.smeType()).isEqualTo("leader");
        assertThat(profile.scores()).containsEntry("trust", 75).containsEntry("patience", 0);
        assertThat(profile.takenAt()).as("the profile is dated when the self-assessment was submitted").isEqualTo(outcome.attempt().closedAt());
        assertThat(events.stream(QuizEvents.AttemptSubmitted.class)).singleElement().matches(e -> !e.graded() && !e.passed());
    }

    @Test
    void answers_to_questions_not_in_the_attempt_or_oversized_are_refused() {
        AttemptSheet sheet = start();
        assertThatThrownBy(() -> taking.save(sheet.attempt().id(), "no-such-question", Answer.of("x"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> taking.save(sheet.attempt().id(), "name-it", Answer.of("x".repeat(5000)))).isInstanceOf(InvalidInput.class);
        assertThat(taking.sheet(sheet.attempt().id()).answers()).isEmpty();
    }
}
