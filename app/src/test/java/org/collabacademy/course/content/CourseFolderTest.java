package org.collabacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.CourseContent.ModuleContent;
import org.collabacademy.course.content.CourseContent.PageContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

class CourseFolderTest {

    @TempDir
    Path temp;

    private CourseReading readValidCopy() throws Exception {
        FileSystemUtils.copyRecursively(ContentCases.content("valid"), temp);
        return only(temp);
    }

    private static CourseReading only(Path root) {
        List<CourseReading> readings = new ContentFolder(root).readAll((id, fp) -> ContentLinks.forValidation(id));
        assertThat(readings).hasSize(1);
        return readings.getFirst();
    }

    @Test
    void a_valid_course_is_read_with_its_modules_pages_translations_and_files() throws Exception {
        CourseReading reading = readValidCopy();
        assertThat(reading.problems()).isEmpty();
        CourseContent course = reading.course();
        assertThat(course.id()).isEqualTo("tiny-course");
        assertThat(course.languages()).containsExactly(Language.ENGLISH, Language.GERMAN);
        assertThat(course.modules()).extracting(ModuleContent::id).containsExactly("first", "second");
        ModuleContent first = course.modules().getFirst();
        assertThat(first.pages()).extracting(PageContent::id, PageContent::required).containsExactly(
                org.assertj.core.groups.Tuple.tuple("welcome", true), org.assertj.core.groups.Tuple.tuple("extra", false));
        assertThat(first.objectives().get(Language.GERMAN)).containsExactly("Zwei Seiten lesen");
        assertThat(first.pages().getFirst().texts().get(Language.GERMAN).title()).isEqualTo("Willkommen");
        assertThat(first.pages().get(1).texts()).containsOnlyKeys(Language.ENGLISH);
        assertThat(course.modules().get(1).pages().getFirst().texts().get(Language.ENGLISH).title()).isEqualTo("Closing: what next");
        assertThat(course.files()).extracting(CourseContent.ContentFile::path)
                .containsExactlyInAnyOrder("01-first/images/diagram.svg", "01-first/files/checklist.txt", "logo.png");
    }

    @Test
    void pages_are_rendered_safe_with_links_pointing_into_the_app() throws Exception {
        String html = readValidCopy().course().modules().getFirst().pages().getFirst().texts().get(Language.ENGLISH).html();
        assertThat(html)
                .contains("href=\"/courses/tiny-course/first/extra#more\"")
                .contains("href=\"/courses/tiny-course/second/closing\"")
                .contains("src=\"/content/tiny-course/0/01-first/images/diagram.svg\"")
                .contains("<aside class=\"callout callout-tip\"><p class=\"callout-title\">Start small</p>")
                .contains("<table>")
                .doesNotContain("<script", "onerror", "alert(");
        String german = readValidCopy().course().modules().getFirst().pages().getFirst().texts().get(Language.GERMAN).html();
        assertThat(german).contains("<p class=\"callout-title\">Beispiel</p>").doesNotContain("Willkommen</h1>");
    }

    @Test
    void the_fingerprint_changes_with_the_content_and_only_then() throws Exception {
        String before = readValidCopy().fingerprint();
        assertThat(only(temp).fingerprint()).isEqualTo(before);
        Files.writeString(temp.resolve("tiny/02-second/closing.md"), "\nOne more line.", java.nio.file.StandardOpenOption.APPEND);
        assertThat(only(temp).fingerprint()).isNotEqualTo(before);
    }

    @Test
    void oversized_files_are_refused_before_they_are_read() throws Exception {
        readValidCopy();
        Files.writeString(temp.resolve("tiny/01-first/extra.md"), "# Big\n" + "x".repeat(600 * 1024));
        assertThat(only(temp).problems()).extracting(ContentProblem::toString)
                .contains("tiny/01-first/extra.md:1: file is 600 KB, larger than the limit of 512 KB");
    }

    @Test
    void symbolic_links_leaving_the_content_folder_are_refused() throws Exception {
        readValidCopy();
        Path secret = Files.writeString(Files.createTempFile("secret", ".txt"), "root:x:0:0");
        Files.delete(temp.resolve("tiny/01-first/files/checklist.txt"));
        Files.createSymbolicLink(temp.resolve("tiny/01-first/files/checklist.txt"), secret);
        CourseReading reading = only(temp);
        assertThat(reading.problems()).extracting(ContentProblem::toString).contains(
                "tiny/01-first/files/checklist.txt:1: symbolic link leads outside the content folder; copy the file in instead");
        assertThat(reading.course()).isNull();
        Files.delete(secret);
    }

    @Test
    void a_broken_module_leaves_a_preview_of_the_modules_before_it() throws Exception {
        readValidCopy();
        Files.writeString(temp.resolve("tiny/02-second/closing.md"), "No title here.");
        CourseReading reading = only(temp);
        assertThat(reading.course()).isNull();
        assertThat(reading.preview().modules()).extracting(ModuleContent::id).containsExactly("first");
    }

    @Test
    void validate_content_exits_0_when_all_is_well_1_on_problems_and_2_when_misused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(ValidateContentCommand.run(List.of(ContentCases.content("valid").toString()), print, quiet)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();

        Path broken = ContentCases.content("missing-files");
        assertThat(ValidateContentCommand.run(List.of(broken.toString()), print, quiet)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(broken.resolve("c/m/module.yaml") + ":4: page 'lost' has no file lost.md");

        assertThat(ValidateContentCommand.run(List.of(), print, quiet)).isEqualTo(2);
        assertThat(ValidateContentCommand.run(List.of(temp.resolve("nowhere").toString()), print, quiet)).isEqualTo(2);
    }

    @Test
    void the_shipped_course_content_is_valid() throws IOException {
        List<CourseReading> readings = new ContentFolder(Path.of("../course-content")).readAll((id, fp) -> ContentLinks.forValidation(id));
        assertThat(readings).extracting(CourseReading::folder).contains("collaborate-to-compete");
        assertThat(readings).flatExtracting(CourseReading::problems).isEmpty();
        CourseContent course = readings.stream().filter(r -> r.folder().equals("collaborate-to-compete")).findFirst().orElseThrow().course();
        ModuleContent examples = course.modules().getFirst();
        assertThat(examples.pages()).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(page -> assertThat(page.texts()).containsKeys(Language.ENGLISH, Language.GERMAN, Language.RUSSIAN));
        assertThat(course.modules()).hasSize(3).allSatisfy(module -> assertThat(module.pages()).hasSizeGreaterThanOrEqualTo(3));

        QuizDefinition quiz = examples.quiz();
        assertThat(quiz.kind()).isEqualTo(QuizDefinition.Kind.GRADED);
        assertThat(quiz.questions()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(question ->
                assertThat(question.texts()).containsKeys(Language.ENGLISH, Language.GERMAN, Language.RUSSIAN));
        QuizDefinition profile = examples.selfAssessments().getFirst();
        assertThat(profile.assessment().purpose()).isEqualTo(QuizDefinition.Assessment.COLLABORATION_PROFILE);
        assertThat(profile.assessment().dimensions()).hasSize(6);
        assertThat(profile.assessment().profiles()).hasSize(5);
    }
}
