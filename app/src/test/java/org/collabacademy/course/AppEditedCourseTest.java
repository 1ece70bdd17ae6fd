package org.collabacademy.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.collabacademy.IntegrationTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.authoring.Authoring;
import org.collabacademy.authoring.AuthoringViews.Change;
import org.collabacademy.base.Language;
import org.collabacademy.course.ImportReport.CourseResult;
import org.collabacademy.course.ImportReport.Status;
import org.collabacademy.course.content.ContentArchive;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files and app together: a course edited in the app is not overwritten by a later re-import of its
 * folder; the trainer sees what the files would change and accepts them. Export and import round-trip.
 */
@IntegrationTest
class AppEditedCourseTest {

    @Autowired ContentImport importer;
    @Autowired CourseRepository courses;
    @Autowired CourseReader reader;
    @Autowired Authoring authoring;
    @Autowired TestAccounts accounts;

    @TempDir
    Path content;

    private String courseKey;
    private UserSummary trainer;

    @BeforeEach
    void importTheTinyCourse() {
        trainer = accounts.create("files-trainer", Role.TRAINER);
        courseKey = TestContent.withTinyCourse(content, "held", trainer.email());
        importTiny();
        accounts.signIn(trainer.email());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private CourseResult importTiny() {
        return importer.importAll(content).courses().stream().filter(c -> courseKey.equals(c.courseId())).findFirst().orElseThrow();
    }

    private String welcome() {
        return reader.open(courseKey, "first", "welcome", Language.ENGLISH).orElseThrow().html();
    }

    @Test
    void a_re_import_waits_for_the_trainer_when_the_course_was_edited_in_the_app() throws IOException {
        String page = "01-first/welcome.md";
        var draft = authoring.open(courseKey, page);
        authoring.save(courseKey, page, draft.text() + "\nAdded in the app.\n", draft.revision());
        assertThat(authoring.publish(courseKey, "edited in the app").published()).isTrue();
        assertThat(welcome()).contains("Added in the app.");

        Path file = content.resolve("tiny").resolve(page);
        Files.writeString(file, Files.readString(file) + "\nAdded in the files.\n");
        assertThat(importTiny().status()).isEqualTo(Status.HELD);
        assertThat(welcome()).contains("Added in the app.").doesNotContain("Added in the files.");
        assertThat(authoring.myCourses(Language.ENGLISH)).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo(courseKey);
            assertThat(c.filesWaiting()).isTrue();
        });
        assertThat(authoring.folderChanges(courseKey)).singleElement().satisfies(change -> {
            assertThat(change.path()).isEqualTo(page);
            assertThat(change.change()).isEqualTo(Change.CHANGED);
            assertThat(change.added()).isEqualTo(1);
            assertThat(change.removed()).isEqualTo(1);
        });

        assertThat(authoring.acceptFolder(courseKey).published()).isTrue();
        assertThat(welcome()).contains("Added in the files.").doesNotContain("Added in the app.");
        assertThat(authoring.open(courseKey, page).text()).contains("Added in the files.");
        Files.writeString(file, Files.readString(file) + "\nAnd later.\n");
        assertThat(importTiny().status()).isEqualTo(Status.UPDATED);
    }

    @Test
    void a_course_made_in_the_app_is_not_retired_by_a_folder_import() {
        String made = "made-in-app-" + courseKey;
        authoring.create(made, "Made here", Language.ENGLISH, "One", "Start");
        assertThat(authoring.publish(made, "").published()).isTrue();
        importTiny();
        assertThat(courses.findByKey(made)).hasValueSatisfying(c -> assertThat(c.retired()).isFalse());
    }

    @Test
    void exporting_and_importing_the_export_gives_the_same_course() {
        byte[] export = authoring.export(courseKey);
        int version = courses.findByKey(courseKey).orElseThrow().contentVersion();
        var preview = authoring.previewImport(courseKey + ".zip", export);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.newCourse()).isFalse();
        assertThat(preview.changes()).isEmpty();
        authoring.confirmImport(preview.token());
        var publication = authoring.publish(courseKey, "round trip");
        assertThat(publication.published()).isTrue();
        assertThat(publication.changed()).isFalse();
        assertThat(publication.version()).isEqualTo(version);
        assertThat(ContentArchive.unzip("again.zip", authoring.export(courseKey)).files().keySet())
                .isEqualTo(ContentArchive.unzip("first.zip", export).files().keySet());
        assertThat(Optional.of(authoring.export(courseKey))).hasValueSatisfying(zip -> assertThat(zip).isEqualTo(export));
    }

    @Test
    void an_uploaded_zip_with_problems_is_refused_and_the_draft_stays_as_it_was() throws IOException {
        byte[] before = authoring.export(courseKey);
        Path quiz = content.resolve("tiny/01-first/quiz.yaml");
        Files.writeString(quiz, Files.readString(quiz).replace("correct: true", "correct: false"));
        var unpacked = ContentArchive.unzip("x.zip", before);
        var files = new java.util.TreeMap<>(unpacked.files());
        files.put("01-first/quiz.yaml", Files.readAllBytes(quiz));
        var preview = authoring.previewImport("broken.zip", ContentArchive.zip(unpacked.folder(), files));
        assertThat(preview.acceptable()).isFalse();
        assertThat(preview.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).endsWith("01-first/quiz.yaml"));
        assertThat(authoring.export(courseKey)).isEqualTo(before);
    }
}
