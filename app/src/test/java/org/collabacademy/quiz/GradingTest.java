package org.collabacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.ContentCases;
import org.collabacademy.course.content.ContentFolder;
import org.collabacademy.course.content.ContentLinks;
import org.collabacademy.course.content.Question;
import org.collabacademy.course.content.QuestionType;
import org.collabacademy.course.content.QuizDefinition;
import org.springframework.util.FileSystemUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Grading per question type, with the edge cases a learner can produce. Uses the tiny course's quizzes. */
class GradingTest {

    private static final QuizDefinition QUIZ;
    private static final QuizDefinition PROFILE;

    static {
        var module = new ContentFolder(ContentCases.content("valid")).readAll((id, fp) -> ContentLinks.forValidation(id))
                .getFirst().course().modules().getFirst();
        QUIZ = module.quiz();
        PROFILE = module.selfAssessments().getFirst();
    }

    private static double share(String question, String... answer) {
        return Grading.share(QUIZ.question(question).orElseThrow(), Answer.of(answer));
    }

    @Test
    void single_choice_earns_all_or_nothing() {
        assertThat(share("pick-one", "right")).isEqualTo(1);
        assertThat(share("pick-one", "wrong")).isZero();
        assertThat(share("pick-one", "no-such-choice")).isZero();
        assertThat(Grading.share(QUIZ.question("pick-one").orElseThrow(), Answer.empty())).isZero();
    }

    @Test
    void multiple_response_gives_partial_credit_and_never_rewards_ticking_everything() {
        assertThat(share("pick-many", "apple", "pear")).isEqualTo(1);
        assertThat(share("pick-many", "apple")).isEqualTo(0.5);
        assertThat(share("pick-many", "apple", "stone")).isZero();
        assertThat(share("pick-many", "apple", "pear", "stone")).isZero();
        assertThat(share("pick-many", "stone")).isZero();
        assertThat(share("pick-many", "apple", "apple", "apple")).isEqualTo(0.5);
    }

    @Test
    void true_false() {
        assertThat(share("is-it", "true")).isEqualTo(1);
        assertThat(share("is-it", "false")).isZero();
    }

    @Test
    void matching_scores_the_share_of_right_pairs() {
        assertThat(share("pairs", "p1=p1", "p2=p2")).isEqualTo(1);
        assertThat(share("pairs", "p1=p1", "p2=p1")).isEqualTo(0.5);
        assertThat(share("pairs", "p1=p2", "p2=p1")).isZero();
        assertThat(share("pairs", "garbage")).isZero();
    }

    @Test
    void ordering_scores_the_share_of_items_in_place() {
        assertThat(share("steps", "i1", "i2", "i3")).isEqualTo(1);
        assertThat(share("steps", "i1", "i3", "i2")).isEqualTo(1.0 / 3);
        assertThat(share("steps", "i3", "i1", "i2")).isZero();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "joint venture|1", "  Joint   VENTURE |1", "JV|1", "ｊｏｉｎｔ　ｖｅｎｔｕｒｅ|1", "Gemeinschaftsunternehmen|1",
            "joint-venture|0", "venture|0", "''|0"})
    void short_answers_ignore_case_width_and_spacing(String answer, double expected) {
        assertThat(share("name-it", answer)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {"5|1", "4.5|1", "5.5|1", "4,6|1", "4.49|0", "5.51|0", "five|0", "−5|0", "NaN|0", "Infinity|0"})
    void numeric_answers_count_within_the_tolerance_borders(String answer, double expected) {
        assertThat(share("count", answer)).isEqualTo(expected);
    }

    @Test
    void gift_questions_become_the_same_types() {
        assertThat(QUIZ.question("gift-single").orElseThrow().type()).isEqualTo(QuestionType.SINGLE);
        assertThat(QUIZ.question("gift-true").orElseThrow().type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(QUIZ.question("gift-weighted").orElseThrow().type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(QUIZ.question("gift-short").orElseThrow().acceptedAnswers()).containsExactly("Rome", "Roma");
        assertThat(QUIZ.question("gift-match").orElseThrow().pairs()).hasSize(2);
        Question pi = QUIZ.question("gift-number").orElseThrow();
        assertThat(pi.number()).isEqualTo(3.14);
        assertThat(pi.tolerance()).isEqualTo(0.01);
        Question range = QUIZ.question("gift-range").orElseThrow();
        assertThat(Grading.share(range, Answer.of("3"))).isEqualTo(1);
        assertThat(Grading.share(range, Answer.of("3.5"))).isZero();
        Question weighted = QUIZ.question("gift-weighted").orElseThrow();
        String two = weighted.choices().get(0).key();
        String four = weighted.choices().get(1).key();
        String three = weighted.choices().get(2).key();
        assertThat(Grading.share(weighted, Answer.of(two, four))).isEqualTo(1);
        assertThat(Grading.share(weighted, Answer.of(two, four, three))).isZero();
        assertThat(QUIZ.question("gift-single").orElseThrow().choices().getFirst().feedback()).containsEntry(Language.ENGLISH, "Right.");
    }

    @Test
    void gift_true_false_keeps_its_feedback_for_the_wrong_and_the_right_answer() {
        Question truth = QUIZ.question("gift-true").orElseThrow();
        assertThat(truth.choice("true").orElseThrow().feedback()).containsEntry(Language.ENGLISH, "Right.");
        assertThat(truth.choice("false").orElseThrow().feedback()).containsEntry(Language.ENGLISH, "No, it is wet.");
    }

    @Test
    void gift_multiple_response_without_weights_follows_the_partial_credit_rule(@TempDir Path folder) throws IOException {
        FileSystemUtils.copyRecursively(ContentCases.content("valid"), folder);
        Files.writeString(folder.resolve("tiny/01-first/more.gift"),
                "\n::gift-many:: Which are fruits? {=apple =pear ~stone ~brick}\n", StandardOpenOption.APPEND);
        Question many = new ContentFolder(folder).readAll((id, fp) -> ContentLinks.forValidation(id)).getFirst().course()
                .modules().getFirst().quiz().question("gift-many").orElseThrow();
        assertThat(many.type()).isEqualTo(QuestionType.MULTIPLE);
        String apple = many.choices().get(0).key();
        String pear = many.choices().get(1).key();
        String stone = many.choices().get(2).key();
        String brick = many.choices().get(3).key();
        assertThat(Grading.share(many, Answer.of(apple, pear))).isEqualTo(1);
        assertThat(Grading.share(many, Answer.of(apple))).isEqualTo(0.5);
        assertThat(Grading.share(many, Answer.of(apple, pear, stone))).as("a wrong tick takes 1 / wrong choices").isEqualTo(0.5);
        assertThat(Grading.share(many, Answer.of(apple, stone))).isZero();
        assertThat(Grading.share(many, Answer.of(apple, pear, stone, brick))).as("ticking everything").isZero();
    }

    @Test
    void the_quiz_score_is_the_share_of_points_earned_among_the_questions_asked() {
        List<String> asked = List.of("pick-one", "pick-many", "is-it", "count");
        Grading.Graded graded = Grading.grade(QUIZ, asked, Map.of(
                "pick-one", Answer.of("right"), "pick-many", Answer.of("apple"), "count", Answer.of("7")));
        assertThat(graded.percent()).isEqualTo(37.5);
        assertThat(graded.passed()).isFalse();
        assertThat(Grading.grade(QUIZ, asked, Map.of()).percent()).isZero();
        assertThat(QUIZ.bandFor(59.9).orElseThrow().texts().get(Language.ENGLISH)).isEqualTo("Try again.");
        assertThat(QUIZ.bandFor(60).orElseThrow().texts().get(Language.ENGLISH)).isEqualTo("Well done.");
    }

    @Test
    void a_self_assessment_scores_dimensions_from_0_to_100_and_picks_the_profile_with_most_points() {
        Grading.Assessed assessed = Grading.assess(PROFILE, Map.of(
                "trust-1", Answer.of("5"), "patience-1", Answer.of("2"), "market", Answer.of("nowhere")));
        assertThat(assessed.scores()).containsExactly(Map.entry("trust", 100), Map.entry("patience", 25));
        assertThat(assessed.profile()).contains("careful");
        assertThat(Grading.assess(PROFILE, Map.of()).profile()).isEmpty();
        assertThat(Grading.assess(PROFILE, Map.of("trust-1", Answer.of("99"))).scores()).containsEntry("trust", 100);
    }
}
