package org.collabacademy.progress.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.file.Path;
import org.collabacademy.KaribuTest;
import org.collabacademy.TinyCourse;
import org.collabacademy.quiz.QuizTaking;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.collabacademy.base.Language;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.CourseReader;
import org.collabacademy.course.TestContent;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.collabacademy.progress.ProgressViews.LearnerRow;
import org.collabacademy.progress.ProgressViews.StatusFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardViewsTest extends KaribuTest {

    @Autowired ContentImport contentImport;
    @Autowired CourseReader reader;
    @Autowired QuizTaking quizzes;

    @TempDir
    Path content;

    private String course;
    private UserSummary trainer;

    @BeforeEach
    void importCourse() {
        trainer = accounts.create("dash-trainer", Role.TRAINER);
        course = TestContent.withTinyCourse(content, "dash", trainer.email());
        TestContent.importFolder(contentImport, content);
    }

    @Test
    void a_learner_sees_progress_per_course_and_module_and_continues_where_they_left_off() {
        signInAs("dash-learner");
        navigate("my-learning");
        assertThat(_find(Paragraph.class, spec -> spec.withId("my-none"))).hasSize(1);

        reader.open(course, "first", "welcome", Language.ENGLISH);
        navigate("my-learning");
        Section card = _get(Section.class, spec -> spec.withId("my-course-" + course));
        assertThat(card.getElement().getTextRecursively()).contains("A Tiny Course", "Progress: 33 %", "Pages read: 1 of 1", "quiz not taken yet");
        _click(_get(Button.class, spec -> spec.withId("continue-" + course)));
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("courses/" + course + "/first/welcome");
    }

    @Test
    void leaving_a_course_asks_first_and_keeps_it_under_ended() {
        signInAs("dash-leaver");
        reader.open(course, "first", "welcome", Language.ENGLISH);
        navigate("my-learning");
        _click(_get(Button.class, spec -> spec.withId("unenrol-" + course)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(Button.class, spec -> spec.withId("enrol-again-" + course))).hasSize(1);
    }

    @Test
    void the_trainer_enrols_by_email_filters_the_table_and_sees_the_charts() {
        UserSummary learner = accounts.create("dash-enrolled");
        signInAs(trainer);
        navigate("trainer");
        assertThat(_find(ListItem.class).stream().map(i -> i.getElement().getTextRecursively())).contains("A Tiny Course");
        navigate("trainer/" + course);

        userSets(_get(TextArea.class, spec -> spec.withId("enrol-emails")), learner.email() + "\nghost@nowhere.example");
        _click(_get(Button.class, spec -> spec.withId("enrol-emails-submit")));
        NotificationsKt.expectNotifications("Enrolled: 1. Already enrolled: 0. No account for: ghost@nowhere.example.");

        @SuppressWarnings("unchecked")
        Grid<LearnerRow> grid = _get(Grid.class, spec -> spec.withId("learners"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).email()).isEqualTo(learner.email());
        @SuppressWarnings("unchecked")
        Select<StatusFilter> status = _get(Select.class, spec -> spec.withId("learners-status"));
        userSets(status, StatusFilter.COMPLETED);
        assertThat(GridKt._size(grid)).isZero();

        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("trainer-tabs"));
        tabs.setSelectedIndex(2);
        assertThat(_find(Svg.class)).isNotEmpty();
    }

    @Test
    void a_trainer_of_another_course_cannot_open_this_dashboard() {
        signInAs("dash-outsider", Role.TRAINER);
        navigate("trainer/" + course);
        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(TrainerCourseView.class);
    }

    @Test
    void a_learner_who_completed_the_course_sees_it_under_completed_with_the_quiz_score() {
        signInAs("dash-finisher");
        TinyCourse.complete(reader, quizzes, course, Language.ENGLISH);
        navigate("my-learning");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Completed").doesNotContain("In progress");
        Section card = _get(Section.class, spec -> spec.withId("my-course-" + course));
        assertThat(card.getElement().getTextRecursively()).contains("Progress: 100 %", "Completed on ");
        assertThat(_get(ListItem.class, spec -> spec.withId("my-module-" + course + "-first")).getElement().getTextRecursively())
                .containsPattern("quiz passed \\([0-9]+([.,][0-9]+)? %\\)");
        assertThat(_find(Button.class, spec -> spec.withId("unenrol-" + course))).isEmpty();
    }

    @Test
    void the_trainer_sees_the_item_analysis_as_svg_once_attempts_exist_and_can_export_the_learners() {
        signInAs("dash-taker");
        TinyCourse.passTheQuiz(quizzes, course);
        signInAs(trainer);
        navigate("trainer/" + course);
        Anchor csv = _get(Anchor.class, spec -> spec.withId("learners-csv"));
        assertThat(csv.getText()).isEqualTo("Export as CSV");
        assertThat(csv.getHref()).isNotBlank();

        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("trainer-tabs"));
        tabs.setSelectedIndex(1);
        Div analysis = _get(Div.class, spec -> spec.withId("analysis"));
        assertThat(analysis.getElement().getTextRecursively()).contains("Closed attempts analysed: 1");
        assertThat(_find(analysis, Svg.class)).hasSizeGreaterThanOrEqualTo(2);
    }
}
