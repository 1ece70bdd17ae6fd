package org.collabacademy.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.collabacademy.IntegrationTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseOutline.PageOutline;
import org.collabacademy.course.ImportReport.CourseResult;
import org.collabacademy.course.ImportReport.Status;
import org.collabacademy.course.content.ContentCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

/** Re-import by stable ids: idempotent, versioned, and never losing what learners read. */
@IntegrationTest
class ContentImportTest {

    @Autowired ContentImport importer;
    @Autowired CourseRepository courses;
    @Autowired CourseCatalog catalog;
    @Autowired CourseReader reader;
    @Autowired TestAccounts accounts;
    @Autowired PageTextRepository pages;
    @Autowired ReadingRepository readings;

    @TempDir
    Path content;

    private String courseKey;

    @BeforeEach
    void copyTheTinyCourseUnderAFreshId() {
        courseKey = TestContent.withTinyCourse(content, "tiny");
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private CourseResult importTiny() {
        return importer.importAll(content).courses().stream().filter(c -> courseKey.equals(c.courseId())).findFirst().orElseThrow();
    }

    @Test
    void first_import_creates_the_course_and_a_second_changes_nothing() {
        CourseResult first = importTiny();
        assertThat(first.status()).isEqualTo(Status.NEW);
        assertThat(first.contentVersion()).isEqualTo(1);
        assertThat(first.pages()).isEqualTo(3);
        long rowVersion = courses.findByKey(courseKey).orElseThrow().contentVersion();

        CourseResult second = importTiny();
        assertThat(second.status()).isEqualTo(Status.UNCHANGED);
        assertThat(second.contentVersion()).isEqualTo(1);
        assertThat(courses.findByKey(courseKey).orElseThrow().contentVersion()).isEqualTo(rowVersion);
    }

    @Test
    void changed_content_gets_a_new_version_and_learners_keep_what_they_read() throws Exception {
        importTiny();
        var learner = accounts.create("reader");
        accounts.signIn(learner.email());
        reader.open(courseKey, "first", "welcome", Language.ENGLISH);
        reader.open(courseKey, "first", "extra", Language.ENGLISH);
        long welcomeId = catalog.course(courseKey).orElseThrow().module("first").orElseThrow().page("welcome").orElseThrow().id();
        long extraId = catalog.course(courseKey).orElseThrow().module("first").orElseThrow().page("extra").orElseThrow().id();

        // edit one page, remove another, add a new one
        Files.writeString(content.resolve("tiny/01-first/welcome.md"), "\nAn added paragraph.\n", StandardOpenOption.APPEND);
        Files.delete(content.resolve("tiny/01-first/extra.md"));
        Files.writeString(content.resolve("tiny/01-first/welcome.md"),
                Files.readString(content.resolve("tiny/01-first/welcome.md")).replace("[extra page](extra.md#more)", "[news](news.md)"));
        Files.writeString(content.resolve("tiny/01-first/news.md"), "# News\n\nFresh.\n");
        Path module = content.resolve("tiny/01-first/module.yaml");
        Files.writeString(module, Files.readString(module).replace("  - page: extra\n    required: false", "  - news"));
        Files.writeString(content.resolve("tiny/01-first/welcome.de.md"), "# Willkommen\n\nHallo.\n");

        CourseResult result = importTiny();
        assertThat(result.status()).isEqualTo(Status.UPDATED);
        assertThat(result.contentVersion()).isEqualTo(2);

        CourseOutline outline = catalog.course(courseKey).orElseThrow();
        assertThat(outline.version()).isEqualTo(2);
        assertThat(outline.module("first").orElseThrow().pages()).extracting(PageOutline::key).containsExactly("welcome", "news");
        assertThat(outline.module("first").orElseThrow().page("welcome").orElseThrow().id()).isEqualTo(welcomeId);
        assertThat(reader.readPages(courseKey)).containsExactly(welcomeId).doesNotContain(extraId);
        assertThat(reader.open(courseKey, "first", "welcome", Language.ENGLISH).orElseThrow().html()).contains("An added paragraph.");

        // the removed page is retired, not deleted, and the learner's record of reading it stays
        assertThat(pages.findById(extraId)).hasValueSatisfying(extra -> assertThat(extra.retired()).isTrue());
        assertThat(pages.findById(welcomeId)).hasValueSatisfying(welcome -> assertThat(welcome.retired()).isFalse());
        assertThat(readings.existsById(new Reading.Key(learner.id(), extraId))).isTrue();
    }

    @Test
    void a_broken_update_keeps_the_version_online_and_reports_why() throws Exception {
        importTiny();
        Files.writeString(content.resolve("tiny/02-second/closing.md"), "No title any more.");

        CourseResult result = importTiny();
        assertThat(result.status()).isEqualTo(Status.REFUSED);
        assertThat(result.contentVersion()).isEqualTo(1);
        assertThat(result.problems()).extracting(Object::toString)
                .containsExactly("tiny/02-second/closing.md:1: the page has no title: add front matter 'title:' or start with a '# Heading'");
        assertThat(result.previewable()).isTrue();
        assertThat(catalog.course(courseKey)).isPresent();
    }

    @Test
    void one_course_with_problems_does_not_block_another() throws Exception {
        FileSystemUtils.copyRecursively(ContentCases.content("missing-files").resolve("c"), content.resolve("broken"));
        ImportReport report = importer.importAll(content);
        assertThat(report.courses()).extracting(CourseResult::folder, CourseResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("broken", Status.REFUSED),
                org.assertj.core.groups.Tuple.tuple("collaborate-to-compete", Status.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple("tiny", Status.NEW));
    }

    @Test
    void a_course_whose_folder_is_gone_is_retired_not_deleted() throws Exception {
        importTiny();
        FileSystemUtils.deleteRecursively(content.resolve("tiny"));
        ImportReport report = importer.importAll(content);
        assertThat(report.courses()).extracting(CourseResult::courseId, CourseResult::status)
                .contains(org.assertj.core.groups.Tuple.tuple(courseKey, Status.RETIRED));
        assertThat(catalog.course(courseKey)).isEmpty();
        assertThat(courses.findByKey(courseKey)).isPresent();
    }
}
