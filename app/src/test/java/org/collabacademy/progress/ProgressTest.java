package org.collabacademy.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.collabacademy.IntegrationTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.TinyCourse;
import org.collabacademy.base.Language;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.CourseReader;
import org.collabacademy.course.TestContent;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.collabacademy.progress.ProgressViews.LearnerFilter;
import org.collabacademy.progress.ProgressViews.MyCourse;
import org.collabacademy.progress.ProgressViews.StatusFilter;
import org.collabacademy.quiz.Answer;
import org.collabacademy.quiz.AttemptSheet;
import org.collabacademy.quiz.QuizTaking;
import org.collabacademy.base.InvalidInput;
import org.springframework.data.domain.Sort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class ProgressTest {

    @Autowired Enrolments enrolments;
    @Autowired CourseReader reader;
    @Autowired QuizTaking quizzes;
    @Autowired ContentImport contentImport;
    @Autowired TestAccounts accounts;
    @Autowired ApplicationEvents events;

    @TempDir
    Path content;

    private String course;
    private UserSummary trainer;
    private UserSummary learner;

    @BeforeEach
    void importCourseWithTrainer() {
        trainer = accounts.create("course-trainer", Role.TRAINER);
        course = TestContent.withTinyCourse(content, "progress", trainer.email());
        TestContent.importFolder(contentImport, content);
        learner = accounts.create("progress-learner");
        accounts.signIn(learner.email());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private void passTheQuiz() {
        TinyCourse.passTheQuiz(quizzes, course);
    }

    @Test
    void reading_enrols_the_learner_and_a_module_completes_when_its_pages_are_read_and_its_quiz_passed() {
        reader.open(course, "first", "welcome", Language.ENGLISH);
        assertThat(events.stream(ProgressEvents.Enrolled.class)).hasSize(1);
        MyCourse mine = enrolments.myCourses().stream().filter(c -> c.course().key().equals(course)).findFirst().orElseThrow();
        assertThat(mine.modules().getFirst().pagesRead()).isEqualTo(1);
        assertThat(mine.modules().getFirst().pagesRequired()).isEqualTo(1);
        assertThat(events.stream(ProgressEvents.ModuleCompleted.class)).isEmpty();

        passTheQuiz();
        assertThat(events.stream(ProgressEvents.ModuleCompleted.class)).singleElement().matches(e -> e.moduleKey().equals("first"));

        reader.open(course, "second", "closing", Language.ENGLISH);
        assertThat(events.stream(ProgressEvents.ModuleCompleted.class)).hasSize(2);
        assertThat(events.stream(ProgressEvents.CourseCompleted.class)).singleElement().matches(e -> e.courseKey().equals(course));
        MyCourse done = enrolments.myCourses().stream().filter(c -> c.course().key().equals(course)).findFirst().orElseThrow();
        assertThat(done.completed()).isTrue();
        assertThat(done.progressPercent()).isEqualTo(100);

        // reading again completes nothing twice
        reader.open(course, "second", "closing", Language.ENGLISH);
        assertThat(events.stream(ProgressEvents.CourseCompleted.class)).hasSize(1);
    }

    @Test
    void a_content_change_never_takes_a_completion_away() throws Exception {
        reader.open(course, "first", "welcome", Language.ENGLISH);
        passTheQuiz();
        reader.open(course, "second", "closing", Language.ENGLISH);
        assertThat(events.stream(ProgressEvents.CourseCompleted.class)).hasSize(1);

        // a new required page appears in module 2
        Files.writeString(content.resolve("tiny/02-second/extra-page.md"), "# Extra\n\nNew.\n");
        Path module = content.resolve("tiny/02-second/module.yaml");
        Files.writeString(module, Files.readString(module).replace("pages: [closing]", "pages: [closing, extra-page]"));
        accounts.signOut();
        TestContent.importFolder(contentImport, content);
        accounts.signIn(learner.email());

        MyCourse mine = enrolments.myCourses().stream().filter(c -> c.course().key().equals(course)).findFirst().orElseThrow();
        assertThat(mine.completed()).isTrue();
        assertThat(mine.modules().get(1).completedAt()).isNotNull();
        assertThat(mine.modules().get(1).pagesRequired()).isEqualTo(2);
    }

    @Test
    void a_new_content_version_can_complete_a_module_whose_last_missing_page_was_removed() throws Exception {
        reader.open(course, "first", "welcome", Language.ENGLISH);
        assertThat(events.stream(ProgressEvents.ModuleCompleted.class)).isEmpty();
        // the trainer drops the module's quiz: the pages read so far now complete it
        Path module = content.resolve("tiny/01-first/module.yaml");
        Files.writeString(module, Files.readString(module).replace("quiz: quiz.yaml\n", ""));
        accounts.signOut();
        TestContent.importFolder(contentImport, content);
        assertThat(events.stream(ProgressEvents.ModuleCompleted.class)).singleElement().matches(e -> e.learnerId() == learner.id());
    }

    @Test
    void leaving_a_course_keeps_the_records_and_enrolling_again_brings_them_back() {
        reader.open(course, "first", "welcome", Language.ENGLISH);
        enrolments.unenrol(course);
        assertThat(enrolments.myCourses()).filteredOn(c -> c.course().key().equals(course))
                .singleElement().matches(c -> c.status() == EnrolmentStatus.UNENROLLED && c.modules().getFirst().pagesRead() == 1);
        enrolments.enrolMe(course);
        assertThat(enrolments.myCourses()).filteredOn(c -> c.course().key().equals(course))
                .singleElement().matches(c -> c.status() == EnrolmentStatus.ACTIVE && c.modules().getFirst().pagesRead() == 1);
    }

    @Test
    void a_trainer_enrols_a_pasted_list_and_a_whole_organization_and_sees_them_in_the_table_and_csv() {
        UserSummary colleague = accounts.create("colleague");
        accounts.signIn(trainer.email());
        var result = enrolments.enrolByEmails(course, learner.email() + ", " + colleague.email().toUpperCase() + "\nnobody@nowhere.example");
        assertThat(result.enrolled()).isEqualTo(2);
        assertThat(result.unknown()).containsExactly("nobody@nowhere.example");
        assertThat(enrolments.enrolByEmails(course, learner.email()).alreadyEnrolled()).isEqualTo(1);

        var firm = enrolments.enrolOrganization(course, colleague.organization());
        assertThat(firm.alreadyEnrolled()).isEqualTo(1);

        var rows = enrolments.learners(course, LearnerFilter.all(), PageRequest.of(0, 10));
        assertThat(rows.getContent()).extracting(ProgressViews.LearnerRow::email).containsExactlyInAnyOrder(learner.email(), colleague.email());
        assertThat(enrolments.learners(course, new LearnerFilter(colleague.organization(), StatusFilter.NOT_STARTED), PageRequest.of(0, 10)).getContent())
                .extracting(ProgressViews.LearnerRow::email).containsExactly(colleague.email());
        assertThat(enrolments.learnersCsv(course, LearnerFilter.all()))
                .startsWith("name,email,organization,status,progress_percent")
                .contains(colleague.email());
    }

    @Test
    void trainers_see_only_their_courses_and_learners_see_only_themselves() {
        UserSummary otherTrainer = accounts.create("other-trainer", Role.TRAINER);
        accounts.signIn(otherTrainer.email());
        assertThat(enrolments.coursesITrain()).extracting(c -> c.key()).doesNotContain(course);
        assertThatThrownBy(() -> enrolments.learners(course, LearnerFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> enrolments.enrolByEmails(course, learner.email())).isInstanceOf(AuthorizationDeniedException.class);

        accounts.signIn(learner.email());
        assertThatThrownBy(() -> enrolments.learners(course, LearnerFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> enrolments.funnel(course)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_funnel_and_item_analysis_count_what_learners_did() {
        reader.open(course, "first", "welcome", Language.ENGLISH);
        passTheQuiz();
        accounts.signIn(trainer.email());
        var funnel = enrolments.funnel(course);
        assertThat(funnel.enrolled()).isEqualTo(1);
        assertThat(funnel.steps().getFirst().started()).isEqualTo(1);
        assertThat(funnel.steps().getFirst().completed()).isEqualTo(1);
        var analysis = enrolments.quizAnalysis(course, "first", "tiny-quiz");
        assertThat(analysis.attempts()).isEqualTo(1);
        assertThat(analysis.items()).filteredOn(i -> i.question().key().equals("pick-one")).singleElement()
                .matches(i -> i.shareCorrect() == 1.0 && i.picks().get("right") == 1L);
    }

    @Test
    void discrimination_is_positive_when_the_stronger_attempt_gets_questions_right_that_the_weaker_misses() {
        passTheQuiz();
        accounts.signIn(trainer.email());
        assertThat(enrolments.quizAnalysis(course, "first", "tiny-quiz").items()).allMatch(i -> i.discrimination() == 0);

        UserSummary weaker = accounts.create("weaker-learner");
        accounts.signIn(weaker.email());
        AttemptSheet sheet = quizzes.startOrResume(course, "first", "tiny-quiz");
        quizzes.save(sheet.attempt().id(), "pick-one", Answer.of("right"));
        assertThat(quizzes.submit(sheet.attempt().id()).attempt().passed()).isFalse();

        accounts.signIn(trainer.email());
        var analysis = enrolments.quizAnalysis(course, "first", "tiny-quiz");
        assertThat(analysis.attempts()).isEqualTo(2);
        assertThat(analysis.items()).anyMatch(i -> i.discrimination() > 0);
        assertThat(analysis.items()).allMatch(i -> i.discrimination() >= 0 && i.discrimination() <= 1);
    }

    @Test
    void the_learner_table_sorts_by_progress_and_refuses_an_unknown_sort() {
        reader.open(course, "first", "welcome", Language.ENGLISH);
        UserSummary idle = accounts.create("idle-learner");
        accounts.signIn(trainer.email());
        enrolments.enrolByEmails(course, idle.email());

        assertThat(enrolments.learners(course, LearnerFilter.all(), PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "progressPercent")))
                .getContent()).extracting(ProgressViews.LearnerRow::email).containsExactly(learner.email(), idle.email());
        assertThat(enrolments.learners(course, LearnerFilter.all(), PageRequest.of(0, 10, Sort.by(Sort.Direction.ASC, "progressPercent")))
                .getContent()).extracting(ProgressViews.LearnerRow::email).containsExactly(idle.email(), learner.email());
        // only the table's columns sort; a field that is not one (or not a field at all) is refused
        assertThatThrownBy(() -> enrolments.learners(course, LearnerFilter.all(), PageRequest.of(0, 10, Sort.by("learnerEmail"))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> enrolments.learners(course, LearnerFilter.all(), PageRequest.of(0, 10, Sort.by("nonsense"))))
                .isInstanceOf(InvalidInput.class);
    }
}
