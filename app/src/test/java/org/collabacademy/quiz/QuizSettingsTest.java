package org.collabacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.collabacademy.IntegrationTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.ImportReport;
import org.collabacademy.course.TestContent;
import org.collabacademy.course.content.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quiz settings at run time: the tiny course's quiz with its settings replaced per test (the tiny quiz
 * has 14 questions; one right answer to 'pick-one' scores 7.1 %).
 */
@IntegrationTest
class QuizSettingsTest {

    private static final double ONE_RIGHT = Math.round(1.0 / 14 * 1000) / 10.0;

    @Autowired QuizTaking taking;
    @Autowired ContentImport contentImport;
    @Autowired TestAccounts accounts;

    @TempDir
    Path content;

    private String course;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    /** Imports the tiny course with these settings in place of its quiz's own, then signs a new learner in. */
    private void quizWith(String... settings) throws IOException {
        course = TestContent.withTinyCourse(content, "settings");
        Path quiz = content.resolve("tiny/01-first/quiz.yaml");
        String yaml = Files.readString(quiz);
        int start = yaml.indexOf("settings:\n");
        int end = yaml.indexOf("feedback-bands:");
        Files.writeString(quiz, yaml.substring(0, start) + "settings:\n" + String.join("", List.of(settings).stream().map(s -> "  " + s + "\n").toList())
                + yaml.substring(end));
        ImportReport report = TestContent.importFolder(contentImport, content);
        assertThat(report.refused()).isZero();
        newLearner();
    }

    private void newLearner() {
        accounts.signIn(accounts.create("settings-taker").email());
    }

    private AttemptSheet start() {
        return taking.startOrResume(course, "first", "tiny-quiz");
    }

    /** Takes one attempt, answering 'pick-one' rightly or wrongly, and returns its review. */
    private Outcome attempt(boolean right) {
        AttemptSheet sheet = start();
        if (sheet.questions().stream().anyMatch(q -> q.key().equals("pick-one"))) {
            taking.save(sheet.attempt().id(), "pick-one", Answer.of(right ? "right" : "wrong"));
        }
        return taking.submit(sheet.attempt().id());
    }

    @Test
    void draw_asks_that_many_questions_in_their_order_and_different_learners_get_different_ones() throws IOException {
        quizWith("pass-mark: 50", "draw: 3");
        List<String> all = taking.overview(course, "first", "tiny-quiz").orElseThrow().definition().questions().stream().map(Question::key).toList();
        Set<List<String>> drawn = new HashSet<>();
        for (int learner = 0; learner < 6; learner++) {
            newLearner();
            List<String> asked = start().questions().stream().map(Question::key).toList();
            assertThat(asked).hasSize(3).doesNotHaveDuplicates().isSubsetOf(all);
            assertThat(asked).as("without shuffle-questions the drawn questions keep the quiz's order")
                    .isSortedAccordingTo((a, b) -> Integer.compare(all.indexOf(a), all.indexOf(b)));
            drawn.add(asked);
        }
        assertThat(drawn).as("six learners drawing 3 of 14 questions").hasSizeGreaterThan(1);
    }

    @Test
    void shuffling_changes_the_order_of_questions_and_choices_between_learners_but_not_on_resume() throws IOException {
        quizWith("pass-mark: 50", "shuffle-questions: true", "shuffle-choices: true");
        Set<List<String>> questionOrders = new HashSet<>();
        Set<List<String>> choiceOrders = new HashSet<>();
        for (int learner = 0; learner < 6; learner++) {
            newLearner();
            AttemptSheet sheet = start();
            List<String> asked = sheet.questions().stream().map(Question::key).toList();
            assertThat(asked).hasSize(14);
            assertThat(start().questions().stream().map(Question::key).toList()).isEqualTo(asked);
            questionOrders.add(asked);
            choiceOrders.add(sheet.choiceOrders().get("pick-many"));
        }
        assertThat(questionOrders).hasSizeGreaterThan(1);
        assertThat(choiceOrders).hasSizeGreaterThan(1);
    }

    @Test
    void without_shuffling_every_learner_gets_the_quizs_order() throws IOException {
        quizWith("pass-mark: 50");
        List<String> first = start().questions().stream().map(Question::key).toList();
        List<String> firstChoices = start().choiceOrders().get("pick-many");
        newLearner();
        assertThat(start().questions().stream().map(Question::key).toList()).isEqualTo(first);
        assertThat(start().choiceOrders().get("pick-many")).isEqualTo(firstChoices).containsExactly("apple", "pear", "stone");
    }

    @Test
    void when_the_last_attempt_counts_a_worse_second_attempt_replaces_a_passed_first() throws IOException {
        quizWith("pass-mark: 5", "max-attempts: 2", "counts: last");
        assertThat(attempt(true).attempt().passed()).isTrue();
        attempt(false);
        QuizOverview overview = taking.overview(course, "first", "tiny-quiz").orElseThrow();
        assertThat(overview.countingScore()).isZero();
        assertThat(overview.passed()).isFalse();
    }

    @Test
    void when_the_highest_attempt_counts_a_worse_second_attempt_changes_nothing() throws IOException {
        quizWith("pass-mark: 5", "max-attempts: 2", "counts: highest");
        attempt(true);
        attempt(false);
        QuizOverview overview = taking.overview(course, "first", "tiny-quiz").orElseThrow();
        assertThat(overview.countingScore()).isEqualTo(ONE_RIGHT);
        assertThat(overview.passed()).isTrue();
    }

    @Test
    void unlimited_attempts_never_run_out() throws IOException {
        quizWith("pass-mark: 50", "max-attempts: unlimited");
        for (int i = 1; i <= 4; i++) {
            assertThat(attempt(false).attempt().number()).isEqualTo(i);
        }
        QuizOverview overview = taking.overview(course, "first", "tiny-quiz").orElseThrow();
        assertThat(overview.attemptsLeft()).isNull();
        assertThat(overview.canStart()).isTrue();
    }

    @Test
    void a_review_of_the_score_only_shows_no_question() throws IOException {
        quizWith("pass-mark: 50", "review-shows: score");
        Outcome outcome = attempt(true);
        assertThat(outcome.reviewOpen()).isTrue();
        assertThat(outcome.attempt().score()).isEqualTo(ONE_RIGHT);
        assertThat(outcome.showCorrectAnswers()).isFalse();
        assertThat(outcome.showFeedback()).isFalse();
        assertThat(outcome.questions()).isEmpty();
    }

    @Test
    void a_review_of_the_correct_answers_shows_the_questions_but_no_feedback() throws IOException {
        quizWith("pass-mark: 50", "review-shows: correct-answers");
        Outcome outcome = attempt(true);
        assertThat(outcome.showCorrectAnswers()).isTrue();
        assertThat(outcome.showFeedback()).isFalse();
        assertThat(outcome.questions()).hasSize(14).anySatisfy(q -> {
            assertThat(q.question().key()).isEqualTo("pick-one");
            assertThat(q.share()).isEqualTo(1.0);
        });
    }

    @Test
    void a_review_after_passing_opens_only_once_the_learner_has_passed() throws IOException {
        quizWith("pass-mark: 5", "max-attempts: 3", "review-shows: feedback", "review-when: after-passing");
        Outcome failed = attempt(false);
        assertThat(failed.reviewOpen()).isFalse();
        assertThat(failed.questions()).isEmpty();
        assertThat(failed.band()).isNull();
        Outcome passed = attempt(true);
        assertThat(passed.reviewOpen()).isTrue();
        assertThat(passed.questions()).isNotEmpty();
        assertThat(taking.outcome(failed.attempt().id()).reviewOpen()).as("the earlier attempt opens too").isTrue();
    }

    @Test
    void a_review_after_the_last_attempt_opens_once_no_attempt_is_left() throws IOException {
        quizWith("pass-mark: 50", "max-attempts: 2", "review-shows: feedback", "review-when: after-last-attempt");
        Outcome first = attempt(false);
        assertThat(first.reviewOpen()).isFalse();
        assertThat(first.questions()).isEmpty();
        Outcome last = attempt(false);
        assertThat(last.reviewOpen()).isTrue();
        assertThat(last.showFeedback()).isTrue();
        assertThat(last.questions()).isNotEmpty();
    }

    @Test
    void a_review_set_to_never_stays_closed_even_after_passing() throws IOException {
        quizWith("pass-mark: 5", "review-shows: feedback", "review-when: never");
        Outcome outcome = attempt(true);
        assertThat(outcome.attempt().passed()).isTrue();
        assertThat(outcome.reviewOpen()).isFalse();
        assertThat(outcome.showCorrectAnswers()).isFalse();
        assertThat(outcome.showFeedback()).isFalse();
        assertThat(outcome.questions()).isEmpty();
        assertThat(outcome.band()).isNull();
    }
}
