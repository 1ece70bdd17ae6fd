package org.collabacademy.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.util.Set;
import org.collabacademy.KaribuTest;
import org.collabacademy.base.Language;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Taking, resuming and reviewing a quiz in the browserless UI. */
class QuizViewsTest extends KaribuTest {

    @Autowired ContentImport contentImport;

    @TempDir
    Path content;

    private String quizPath;
    private String course;

    @BeforeEach
    void importAndSignIn() {
        course = TestContent.withTinyCourse(content, "quizview");
        TestContent.importFolder(contentImport, content);
        quizPath = "courses/" + course + "/first/quiz/tiny-quiz";
        signInAs("quiz-learner");
    }

    @Test
    void a_learner_starts_answers_comes_back_and_finds_every_answer() {
        navigate(quizPath);
        assertThat(_get(H1.class).getText()).isEqualTo("Tiny quiz");
        _click(_get(Button.class, spec -> spec.withId("quiz-start")));
        assertThat(NavigatorKt.getCurrentPath()).startsWith("attempts/");
        String attemptPath = NavigatorKt.getCurrentPath();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> single = _get(RadioButtonGroup.class, spec -> spec.withId("answer-pick-one"));
        userSets(single, "right");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> many = _get(CheckboxGroup.class, spec -> spec.withId("answer-pick-many"));
        userSets(many, Set.of("apple", "pear"));
        userSets(_get(TextField.class, spec -> spec.withId("answer-name-it")), "Joint Venture");
        assertThat(_get(Section.class, spec -> spec.withId("question-pick-one")).getElement().getAttribute("data-saved-at")).isNotBlank();
        assertThat(_get(Paragraph.class, spec -> spec.withId("attempt-progress")).getText()).isEqualTo("Answered: 3 of 14");

        // a reload (or another device): the quiz page offers to continue, and the answers are there
        navigate(quizPath);
        assertThat(_get(Button.class, spec -> spec.withId("quiz-start")).getText()).isEqualTo("Continue the attempt");
        _click(_get(Button.class, spec -> spec.withId("quiz-start")));
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo(attemptPath);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> resumed = _get(RadioButtonGroup.class, spec -> spec.withId("answer-pick-one"));
        assertThat(resumed.getValue()).isEqualTo("right");
        assertThat(_get(TextField.class, spec -> spec.withId("answer-name-it")).getValue()).isEqualTo("Joint Venture");
    }

    @Test
    void submitting_after_confirmation_shows_the_review_with_score_and_feedback() {
        navigate(quizPath);
        _click(_get(Button.class, spec -> spec.withId("quiz-start")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> single = _get(RadioButtonGroup.class, spec -> spec.withId("answer-pick-one"));
        userSets(single, "wrong");
        _click(_get(Button.class, spec -> spec.withId("attempt-submit")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("Questions without an answer: 13.");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(NavigatorKt.getCurrentPath()).endsWith("/review");
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-score")).getText()).isEqualTo("You scored 0 %; the pass mark is 60 %.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-band")).getText()).isEqualTo("Try again.");
        Section question = _get(Section.class, spec -> spec.withId("review-pick-one"));
        assertThat(question.getElement().getTextRecursively()).contains("Your answer: That one", "Not right.", "Right answer: This one", "No.");

        // the attempt is closed: opening it again shows the review, not the questions
        navigate(NavigatorKt.getCurrentPath().replace("/review", ""));
        assertThat(NavigatorKt.getCurrentPath()).endsWith("/review");
    }

    @Test
    void the_quiz_speaks_the_learners_language_where_it_is_translated() {
        useLanguage(Language.GERMAN);
        navigate(quizPath);
        assertThat(_get(H1.class).getText()).isEqualTo("Kleines Quiz");
        _click(_get(Button.class, spec -> spec.withId("quiz-start")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> single = _get(RadioButtonGroup.class, spec -> spec.withId("answer-pick-one"));
        assertThat(single.getItemLabelGenerator().apply("right")).isEqualTo("Diese");
        assertThat(_find(Span.class, spec -> spec.withClasses("save-state"))).isNotEmpty();
    }

    @Test
    void the_self_assessment_result_explains_the_profile_and_the_weakest_dimensions() {
        navigate(quizPath.replace("tiny-quiz", "tiny-profile"));
        _click(_get(Button.class, spec -> spec.withId("quiz-start")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> trust = _get(RadioButtonGroup.class, spec -> spec.withId("answer-trust-1"));
        userSets(trust, "2");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> market = _get(RadioButtonGroup.class, spec -> spec.withId("answer-market"));
        userSets(market, "nowhere");
        _click(_get(Button.class, spec -> spec.withId("attempt-submit")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(Section.class, spec -> spec.withId("profile-type")).getElement().getTextRecursively())
                .contains("Your firm looks most like: Careful", "Avoids risks.");
        assertThat(_get(Section.class, spec -> spec.withId("profile-advice")).getElement().getTextRecursively()).contains("Trust", "Share first.");
        Section advice = _get(Section.class, spec -> spec.withId("profile-advice"));
        Anchor help = _get(advice, Anchor.class, spec -> spec.withText("Read more in the course"));
        assertThat(help.getHref()).as("the weakest dimension links to the page that helps").startsWith("/courses/" + course + "/").endsWith("/welcome");
    }

    @Test
    void another_learner_cannot_open_someone_elses_attempt() {
        navigate(quizPath);
        _click(_get(Button.class, spec -> spec.withId("quiz-start")));
        String attemptPath = NavigatorKt.getCurrentPath();
        signInAs("other-learner");
        navigate(attemptPath);
        assertThat(_find(Button.class, spec -> spec.withId("attempt-submit"))).isEmpty();
    }
}
