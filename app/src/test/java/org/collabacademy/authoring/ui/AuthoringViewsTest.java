package org.collabacademy.authoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.collabacademy.KaribuTest;
import org.collabacademy.authoring.Authoring;
import org.collabacademy.authoring.CourseAuthors;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.QuestionType;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuthoringViewsTest extends KaribuTest {

    private static final String PAGE = "01-first-module/introduction.md";

    @Autowired Authoring authoring;
    @Autowired CourseAuthors authors;

    private String courseKey;

    @BeforeEach
    void key() {
        courseKey = "view-course-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UserSummary trainerWithCourse() {
        UserSummary trainer = signInAs("view-author", Role.TRAINER);
        authoring.create(courseKey, "Partnering Basics", Language.ENGLISH, "Getting started", "Welcome");
        return trainer;
    }

    private String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void a_trainer_creates_a_course_writes_a_page_with_a_live_preview_and_publishes_it() {
        signInAs("view-creator", Role.TRAINER);
        navigate("authoring");
        userSets(_get(TextField.class, spec -> spec.withId("new-course-id")), "Not An Id");
        _click(_get(Button.class, spec -> spec.withId("create-course")));
        assertThat(_get(TextField.class, spec -> spec.withId("new-course-id")).getErrorMessage()).contains("lower-case letters");
        assertThat(_get(TextField.class, spec -> spec.withId("new-course-title")).isInvalid()).isTrue();

        userSets(_get(TextField.class, spec -> spec.withId("new-course-id")), courseKey);
        userSets(_get(TextField.class, spec -> spec.withId("new-course-title")), "Partnering Basics");
        _click(_get(Button.class, spec -> spec.withId("create-course")));
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("authoring/" + courseKey);
        assertThat(_get(H1.class, spec -> spec.withId("course-title")).getText()).isEqualTo("Partnering Basics");

        userSets(_get(TextField.class, spec -> spec.withId("new-page-id-first-module")), "partners");
        userSets(_get(TextField.class, spec -> spec.withId("new-page-title-first-module")), "Partners");
        _click(_get(Button.class, spec -> spec.withId("add-page-first-module")));
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("authoring/" + courseKey + "/edit?file=01-first-module%2Fpartners.md&lang=en");
        userSets(_get(TextArea.class, spec -> spec.withId("editor-text")),
                "# Partners\n\nFind **reliable** partners.<script>alert('x')</script>\n\nSee [the start](introduction.md).\n");
        String preview = _get(Div.class, spec -> spec.withId("editor-preview")).getElement().getProperty("innerHTML");
        assertThat(preview).contains("<h1>Partners</h1>", "<strong>reliable</strong>", "/courses/" + courseKey + "/first-module/introduction")
                .doesNotContain("<script");
        assertThat(_get(Span.class, spec -> spec.withId("save-state")).getText()).contains("Saved by view-creator Tester");
        assertThat(authoring.open(courseKey, "01-first-module/partners.md").text()).contains("Find **reliable** partners.");

        navigate("authoring/" + courseKey);
        _click(_get(Button.class, spec -> spec.withId("publish")));
        userSets(_get(TextField.class, spec -> spec.withId("publish-note")), "first release");
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));
        NotificationsKt.expectNotifications("Published as version 1.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("draft-status")).getText()).startsWith("Published");
        navigate("authoring");
        Grid<?> courses = _get(Grid.class, spec -> spec.withId("authored-courses"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(courses)).isEqualTo(1);
        assertThat(((Span) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(courses, 0, "state")).getText()).isEqualTo("Published");
    }

    @Test
    void publishing_a_broken_draft_shows_the_importers_problems_with_file_and_line() {
        trainerWithCourse();
        authoring.save(courseKey, PAGE, "# Welcome\n\n![a photo](images/missing.png)\n", authoring.open(courseKey, PAGE).revision());
        navigate("authoring/" + courseKey);
        assertThat(text("draft-problems")).contains(courseKey + "/" + PAGE + ":3: image 'images/missing.png' does not exist");
        _click(_get(Button.class, spec -> spec.withId("publish")));
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));
        assertThat(text("publish-problems")).contains(PAGE + ":3:");
        assertThat(authoring.versions(courseKey)).isEmpty();
    }

    /** Runs an action as another user on a thread of its own, outside the UI's Vaadin session (a second browser). */
    private void elsewhere(UserSummary user, Runnable action) {
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            accounts.signIn(user.email());
            try {
                action.run();
            } finally {
                accounts.signOut();
            }
        }).join();
    }

    @Test
    void a_colleague_is_named_while_editing_and_a_later_save_keeps_my_text_without_overwriting_theirs() {
        UserSummary colleague = accounts.create("view-colleague", Role.TRAINER);
        UserSummary me = trainerWithCourse();
        authors.addCoAuthor(courseKey, colleague.email());
        int[] revision = new int[1];
        elsewhere(colleague, () -> revision[0] = authoring.open(courseKey, PAGE).revision());

        navigate("authoring/" + courseKey + "/edit?file=" + PAGE + "&lang=en");
        assertThat(_get(Paragraph.class, spec -> spec.withId("others-editing")).getText()).contains("view-colleague Tester");
        elsewhere(colleague, () -> authoring.save(courseKey, PAGE, "# Welcome\n\nTheir text.\n", revision[0]));

        TextArea editor = _get(TextArea.class, spec -> spec.withId("editor-text"));
        userSets(editor, "# Welcome\n\nMy text.\n");
        assertThat(editor.isInvalid()).isTrue();
        assertThat(editor.getErrorMessage()).startsWith("view-colleague Tester saved this file at");
        assertThat(editor.getValue()).contains("My text.");
        assertThat(authoring.open(courseKey, PAGE).text()).contains("Their text.");
        _click(_get(Button.class, spec -> spec.withId("load-theirs")));
        assertThat(editor.getValue()).contains("Their text.");
    }

    @Test
    void a_translation_is_written_beside_the_original() {
        trainerWithCourse();
        navigate("authoring/" + courseKey);
        _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("course-settings")).setOpened(true);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<Language> languages =
                _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withId("course-languages"));
        userSets(languages, java.util.Set.of(Language.ENGLISH, Language.RUSSIAN));
        _click(_get(Button.class, spec -> spec.withId("course-settings-save")));
        _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("translations")).setOpened(true);
        assertThat(_find(Grid.class, spec -> spec.withId("translation-table"))).hasSize(1);

        navigate("authoring/" + courseKey + "/edit?file=" + PAGE + "&lang=ru");
        assertThat(_get(TextArea.class, spec -> spec.withId("original-text")).getValue()).startsWith("# Welcome");
        _click(_get(Button.class, spec -> spec.withId("start-from-original")));
        TextArea editor = _get(TextArea.class, spec -> spec.withId("editor-text"));
        userSets(editor, "# Добро пожаловать\n\nПривет.\n");
        assertThat(authoring.open(courseKey, "01-first-module/introduction.ru.md").text()).startsWith("# Добро пожаловать");
        assertThat(authoring.outline(courseKey, Language.ENGLISH).missingTranslations().values()).allMatch(java.util.Set::isEmpty);
    }

    @Test
    void the_quiz_editor_adds_and_edits_questions_and_tries_the_quiz_without_records() {
        trainerWithCourse();
        navigate("authoring/" + courseKey);
        _click(_get(Button.class, spec -> spec.withId("add-quiz-first-module")));
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("authoring/" + courseKey + "/quiz?file=01-first-module%2Fquiz.yaml");
        @SuppressWarnings("unchecked")
        Select<QuestionType> type = _get(Select.class, spec -> spec.withId("new-question-type"));
        userSets(type, QuestionType.TRUE_FALSE);
        _click(_get(Button.class, spec -> spec.withId("add-question")));
        assertThat(_find(com.vaadin.flow.component.orderedlayout.FlexLayout.class, spec -> spec.withId("question-row-1"))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("edit-question-1")));
        TextArea source = _get(TextArea.class, spec -> spec.withId("question-source"));
        assertThat(source.getValue()).contains("type: true-false", "answer: true");
        userSets(source, "id: [unclosed");
        _click(_get(Button.class, spec -> spec.withId("question-save")));
        assertThat(source.isInvalid()).isTrue();
        userSets(source, source.getValue().replace("id: [unclosed", "id: sky\ntype: true-false\ntext: {en: The sky is blue.}\nanswer: true"));
        _click(_get(Button.class, spec -> spec.withId("question-save")));
        assertThat(text("quiz-questions")).contains("The sky is blue.");

        _click(_get(Button.class, spec -> spec.withId("try-quiz")));
        assertThat(NavigatorKt.getCurrentPath()).startsWith("quizzes/try/");
        assertThat(_get(Paragraph.class, spec -> spec.withId("try-notice")).getText()).contains("Nothing is recorded");
        _click(_get(Button.class, spec -> spec.withId("try-check")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("try-score")).getText()).startsWith("Not passed");
    }

    @Test
    void versions_are_compared_line_by_line_and_learners_cannot_open_authoring() {
        trainerWithCourse();
        authoring.publish(courseKey, "one");
        authoring.save(courseKey, PAGE, "# Welcome\n\nA second sentence.\n", authoring.open(courseKey, PAGE).revision());
        navigate("authoring/" + courseKey);
        _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("versions")).setOpened(true);
        Grid<?> versions = _get(Grid.class, spec -> spec.withId("versions-grid"));
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(versions, 0, "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals("compare-1")).findFirst().orElseThrow());
        assertThat(text("change-list")).contains(PAGE + ": changed");
        assertThat(text("diff-lines")).contains("+ A second sentence.");
        authoring.publish(courseKey, "two");
        @SuppressWarnings("unchecked")
        Select<Integer> against = _get(Select.class, spec -> spec.withId("compare-with"));
        userSets(against, 2);
        assertThat(_find(Select.class, spec -> spec.withId("compare-with"))).singleElement().satisfies(s -> assertThat(s.getValue()).isEqualTo(2));
        assertThat(text("diff-lines")).contains("+ A second sentence.");

        signInAs("view-learner");
        navigate("authoring/" + courseKey);
        assertThat(_find(H1.class, spec -> spec.withId("course-title"))).isEmpty();
        navigate("authoring");
        assertThat(_find(Grid.class, spec -> spec.withId("authored-courses"))).isEmpty();
    }
}
