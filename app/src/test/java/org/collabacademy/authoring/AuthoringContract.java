package org.collabacademy.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collabacademy.TestAccounts;
import org.collabacademy.authoring.AuthoringViews.Change;
import org.collabacademy.authoring.AuthoringViews.DraftText;
import org.collabacademy.authoring.AuthoringViews.Outline;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseCatalog;
import org.collabacademy.course.CourseReader;
import org.collabacademy.course.Publication;
import org.collabacademy.course.content.ContentArchive;
import org.collabacademy.course.content.QuestionType;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Authoring in the app on H2 and PostgreSQL alike: drafts, publishing, versions, rollback, concurrent edits, files. */
abstract class AuthoringContract {

    @Autowired Authoring authoring;
    @Autowired QuizAuthoring quizzes;
    @Autowired CourseAuthors authors;
    @Autowired CourseCatalog catalog;
    @Autowired CourseReader reader;
    @Autowired TestAccounts accounts;

    private String courseKey;
    private UserSummary trainer;
    private static final String PAGE = "01-first-module/introduction.md";

    @BeforeEach
    void newCourse() {
        trainer = accounts.create("author", Role.TRAINER);
        accounts.signIn(trainer.email());
        courseKey = "drafted-" + UUID.randomUUID().toString().substring(0, 8);
        authoring.create(courseKey, "Working Together", Language.ENGLISH, "First steps", "Welcome");
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private DraftText write(String path, String text) {
        return authoring.save(courseKey, path, text, authoring.open(courseKey, path).revision());
    }

    private String pageHtml() {
        return reader.open(courseKey, "first-module", "introduction", Language.ENGLISH).orElseThrow().html();
    }

    @Test
    void a_new_course_is_a_draft_that_learners_see_only_once_it_is_published() {
        Outline outline = authoring.outline(courseKey, Language.ENGLISH);
        assertThat(outline.modules()).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("First steps");
            assertThat(m.pages()).extracting(p -> p.title()).containsExactly("Welcome");
        });
        assertThat(outline.problems()).isEmpty();
        assertThat(outline.unpublishedChanges()).isTrue();
        assertThat(catalog.course(courseKey)).isEmpty();

        Publication first = authoring.publish(courseKey, "first version");
        assertThat(first.published()).isTrue();
        assertThat(first.version()).isEqualTo(1);
        assertThat(catalog.course(courseKey)).isPresent();

        write(PAGE, "# Welcome\n\nA draft sentence learners must not see yet.\n");
        assertThat(pageHtml()).doesNotContain("draft sentence");
        assertThat(authoring.outline(courseKey, Language.ENGLISH).unpublishedChanges()).isTrue();
        assertThat(authoring.publish(courseKey, "second").version()).isEqualTo(2);
        assertThat(pageHtml()).contains("draft sentence");
        assertThat(authoring.myCourses(Language.ENGLISH)).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo(courseKey);
            assertThat(c.owner()).isTrue();
            assertThat(c.unpublishedChanges()).isFalse();
        });
    }

    @Test
    void publishing_is_refused_with_the_importers_messages_and_changes_nothing() {
        authoring.publish(courseKey, "v1");
        write(PAGE, "# Welcome\n\nSee [the missing page](nowhere.md).\n");
        Publication refused = authoring.publish(courseKey, "broken");
        assertThat(refused.published()).isFalse();
        assertThat(refused.problems()).singleElement().hasToString(courseKey + "/" + PAGE + ":3: link to page 'nowhere.md', which does not exist (or is not listed in its module.yaml)");
        assertThat(authoring.versions(courseKey)).extracting(v -> v.version()).containsExactly(1);
        var preview = authoring.preview(courseKey, PAGE, "# Welcome\n\nSee [the missing page](nowhere.md).\n", Language.ENGLISH);
        assertThat(preview.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
        assertThat(preview.html()).as("the preview keeps showing a page with problems").contains("See");
    }

    @Test
    void versions_say_who_and_why_compare_line_by_line_and_roll_back() {
        authoring.publish(courseKey, "v1");
        write(PAGE, "# Welcome\n\nSecond version text.\n");
        authoring.publish(courseKey, "clearer welcome");
        assertThat(authoring.versions(courseKey)).first().satisfies(v -> {
            assertThat(v.version()).isEqualTo(2);
            assertThat(v.note()).isEqualTo("clearer welcome");
            assertThat(v.publishedBy()).isEqualTo(trainer.displayName());
            assertThat(v.inApp()).isTrue();
        });
        assertThat(authoring.changes(courseKey, 1, 2)).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo(PAGE);
            assertThat(c.change()).isEqualTo(Change.CHANGED);
        });
        assertThat(authoring.compare(courseKey, PAGE, 1, 2)).anySatisfy(line -> {
            assertThat(line.change()).isEqualTo(Change.ADDED);
            assertThat(line.text()).isEqualTo("Second version text.");
        });

        Publication rolledBack = authoring.rollback(courseKey, 1, "back to the first");
        assertThat(rolledBack.version()).isEqualTo(3);
        assertThat(pageHtml()).doesNotContain("Second version text");
        assertThat(authoring.open(courseKey, PAGE).text()).doesNotContain("Second version text");
        assertThat(authoring.versions(courseKey)).extracting(v -> v.version()).containsExactly(3, 2, 1);
    }

    @Test
    void two_trainers_on_one_page_are_warned_and_the_later_save_never_overwrites_the_earlier() {
        UserSummary colleague = accounts.create("co-author", Role.TRAINER);
        authors.addCoAuthor(courseKey, colleague.email());
        DraftText mine = authoring.open(courseKey, PAGE);

        accounts.signIn(colleague.email());
        DraftText theirs = authoring.open(courseKey, PAGE);
        assertThat(theirs.othersEditing()).containsExactly(trainer.displayName());
        authoring.save(courseKey, PAGE, "# Welcome\n\nTheir words.\n", theirs.revision());

        accounts.signIn(trainer.email());
        assertThatThrownBy(() -> authoring.save(courseKey, PAGE, "# Welcome\n\nMy words.\n", mine.revision()))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.problems().getFirst().messageKey()).isEqualTo("authoring.conflict");
                    assertThat(refused.problems().getFirst().arguments()).first().isEqualTo(colleague.displayName());
                });
        assertThat(authoring.open(courseKey, PAGE).text()).contains("Their words.");
    }

    @Test
    void only_authors_edit_and_only_the_owner_manages_co_authors() {
        UserSummary stranger = accounts.create("stranger", Role.TRAINER);
        accounts.signIn(stranger.email());
        assertThatThrownBy(() -> authoring.outline(courseKey, Language.ENGLISH)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(authoring.myCourses(Language.ENGLISH)).noneMatch(c -> c.key().equals(courseKey));

        accounts.signIn(trainer.email());
        authors.addCoAuthor(courseKey, stranger.email());
        accounts.signIn(stranger.email());
        assertThat(authoring.outline(courseKey, Language.ENGLISH).modules()).hasSize(1);
        assertThatThrownBy(() -> authors.addCoAuthor(courseKey, trainer.email())).isInstanceOf(AuthorizationDeniedException.class);

        UserSummary learner = accounts.create("learner");
        accounts.signIn(learner.email());
        assertThatThrownBy(() -> authoring.myCourses(Language.ENGLISH)).isInstanceOf(AuthorizationDeniedException.class);
        accounts.signIn(trainer.email());
        assertThatThrownBy(() -> authors.addCoAuthor(courseKey, learner.email()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("authoring.not-a-trainer"));
    }

    @Test
    void structure_changes_write_the_manifests_the_importer_reads() {
        String second = authoring.addPage(courseKey, "01-first-module", "partners", "Finding partners");
        authoring.movePage(courseKey, "01-first-module", "partners", -1);
        authoring.setRequired(courseKey, "01-first-module", "introduction", false);
        String module = authoring.addModule(courseKey, "structures", "Structures");
        authoring.addPage(courseKey, module, "alliances", "Alliances");
        authoring.moveModule(courseKey, module, -1);
        Outline outline = authoring.outline(courseKey, Language.ENGLISH);
        assertThat(outline.modules()).extracting(m -> m.id()).containsExactly("structures", "first-module");
        assertThat(outline.modules().get(1).pages()).extracting(p -> p.id() + ":" + p.required()).containsExactly("partners:true", "introduction:false");
        assertThat(second).isEqualTo("01-first-module/partners.md");
        assertThat(authoring.publish(courseKey, "structure").published()).isTrue();

        authoring.removeModule(courseKey, module);
        authoring.removePage(courseKey, "01-first-module", "partners");
        assertThat(authoring.outline(courseKey, Language.ENGLISH).modules()).singleElement()
                .satisfies(m -> assertThat(m.pages()).extracting(p -> p.id()).containsExactly("introduction"));
        assertThat(authoring.export(courseKey)).satisfies(zip -> assertThat(ContentArchive.unzip("x.zip", zip).files().keySet())
                .noneMatch(p -> p.contains("structures") || p.contains("partners")));
        assertThatThrownBy(() -> authoring.addPage(courseKey, "01-first-module", "Not An Id", "x")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> authoring.addPage(courseKey, "01-first-module", "introduction", "x"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("authoring.id-taken"));
    }

    @Test
    void translations_are_listed_per_page_and_written_as_sibling_files() {
        authoring.saveCourseSettings(courseKey, new AuthoringViews.CourseSettings(Map.of(Language.ENGLISH, "Working Together", Language.GERMAN, "Zusammenarbeiten"),
                Map.of(Language.ENGLISH, "How firms work together."), List.of(Language.ENGLISH, Language.GERMAN), "collaboration", "", Map.of(), "", Map.of(), ""));
        assertThat(authoring.outline(courseKey, Language.ENGLISH).missingTranslations().values()).singleElement()
                .satisfies(missing -> assertThat(missing).containsExactly(Language.GERMAN));
        write("01-first-module/introduction.de.md", "# Willkommen\n\nHallo.\n");
        assertThat(authoring.outline(courseKey, Language.ENGLISH).missingTranslations().values()).allMatch(java.util.Set::isEmpty);
        assertThat(authoring.publish(courseKey, "de").published()).isTrue();
        assertThat(reader.open(courseKey, "first-module", "introduction", Language.GERMAN).orElseThrow().title()).isEqualTo("Willkommen");
        assertThatThrownBy(() -> authoring.saveCourseSettings(courseKey, new AuthoringViews.CourseSettings(Map.of(), Map.of(), List.of(), "", "not-mail", Map.of(), "", Map.of(), "red")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(InvalidInput.Problem::field)
                        .containsExactlyInAnyOrder("title", "summary", "color", "trainers"));
    }

    @Test
    void images_are_checked_by_content_and_size_and_a_refusal_leaves_the_draft_as_it_was() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        assertThat(authoring.upload(courseKey, "01-first-module", "Team Photo.PNG", png)).isEqualTo("![team-photo](images/team-photo.png)");
        write(PAGE, "# Welcome\n\n![team-photo](images/team-photo.png)\n");
        assertThat(authoring.preview(courseKey, PAGE, authoring.open(courseKey, PAGE).text(), Language.ENGLISH).html())
                .contains("/authoring/files/" + courseKey + "/01-first-module/images/team-photo.png");
        int files = ContentArchive.unzip("x.zip", authoring.export(courseKey)).files().size();

        assertThatThrownBy(() -> authoring.upload(courseKey, "01-first-module", "script.png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("authoring.image-fake"));
        byte[] huge = new byte[50 * 1024 * 1024];
        System.arraycopy(png, 0, huge, 0, png.length);
        assertThatThrownBy(() -> authoring.upload(courseKey, "01-first-module", "huge.png", huge))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("authoring.image-too-large"));
        assertThatThrownBy(() -> authoring.upload(courseKey, "01-first-module", "drawing.svg", "<svg/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("authoring.image-type"));
        assertThat(ContentArchive.unzip("x.zip", authoring.export(courseKey)).files()).hasSize(files);
    }

    @Test
    void quizzes_are_edited_question_by_question_checked_and_tried_without_records() {
        String quiz = authoring.addQuiz(courseKey, "01-first-module", "Check yourself");
        for (QuestionType type : List.of(QuestionType.MULTIPLE, QuestionType.TRUE_FALSE, QuestionType.MATCHING, QuestionType.ORDERING,
                QuestionType.SHORT_ANSWER, QuestionType.NUMERIC)) {
            quizzes.addQuestion(courseKey, quiz, type);
        }
        assertThat(quizzes.questions(courseKey, quiz, Language.ENGLISH)).hasSize(7);
        assertThat(authoring.check(courseKey, quiz, authoring.open(courseKey, quiz).text())).isEmpty();

        String noCorrectAnswer = quizzes.questionSource(courseKey, quiz, 0).replace("correct: true", "correct: false");
        assertThat(quizzes.saveQuestion(courseKey, quiz, 0, noCorrectAnswer)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo(courseKey + "/" + quiz));
        assertThat(authoring.publish(courseKey, "quiz").problems()).anySatisfy(p -> assertThat(p.message()).contains("correct"));
        assertThatThrownBy(() -> quizzes.tryOut(courseKey, quiz)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> quizzes.saveQuestion(courseKey, quiz, 0, "id: [unclosed")).isInstanceOf(InvalidInput.class);

        quizzes.removeQuestion(courseKey, quiz, 0);
        quizzes.saveSettings(courseKey, quiz, new QuizAuthoring.QuizSettingsForm(80, 2, "last", true, false, 3, null, "feedback", "after-each-attempt"));
        assertThat(quizzes.settings(courseKey, quiz)).satisfies(s -> {
            assertThat(s.passMark()).isEqualTo(80);
            assertThat(s.draw()).isEqualTo(3);
            assertThat(s.counts()).isEqualTo("last");
        });
        assertThat(authoring.publish(courseKey, "quiz").published()).isTrue();
        assertThat(quizzes.tryOut(courseKey, quiz)).isNotBlank();
    }
}
