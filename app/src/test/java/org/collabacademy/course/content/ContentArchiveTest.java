package org.collabacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Course folders as zips: the round trip keeps a course whole, and a hostile zip is refused whole. */
class ContentArchiveTest {

    private static CourseReading read(CourseFolder folder) {
        return folder.read((id, fingerprint) -> new ContentLinks(id, 1));
    }

    @Test
    void the_shipped_course_survives_a_round_trip_through_a_zip_unchanged() {
        CourseReading original = read(new ContentFolder(Path.of("../course-content")).courses().stream()
                .filter(f -> f.name().equals("collaborate-to-compete")).findFirst().orElseThrow());
        assertThat(original.isValid()).as("%s", original.problems()).isTrue();
        CourseContent course = original.course();

        byte[] zip = ContentArchive.zip(course.folder(), course.sources());
        ContentArchive.Unpacked unpacked = ContentArchive.unzip("export.zip", zip);
        assertThat(unpacked.problems()).isEmpty();
        assertThat(unpacked.folder()).isEqualTo("collaborate-to-compete");
        CourseReading again = read(CourseFolder.inMemory(unpacked.folder(), unpacked.files()));

        assertThat(again.isValid()).isTrue();
        CourseContent copy = again.course();
        assertThat(copy.fingerprint()).isEqualTo(course.fingerprint());
        assertThat(copy.id()).isEqualTo(course.id());
        assertThat(copy.titles()).isEqualTo(course.titles());
        assertThat(copy.certificate()).isEqualTo(course.certificate());
        assertThat(copy.modules()).isEqualTo(course.modules());
        assertThat(copy.modules().getFirst().quiz()).isNotNull().isEqualTo(course.modules().getFirst().quiz());
        assertThat(ContentArchive.zip(copy.folder(), copy.sources())).isEqualTo(zip);
    }

    private static byte[] zipOf(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void paths_that_leave_the_folder_are_refused_and_nothing_is_taken() throws IOException {
        byte[] zip = zipOf(Map.of("course/course.yaml", text("id: x"), "course/../../etc/passwd", text("root"), "/abs.md", text("x")));
        ContentArchive.Unpacked unpacked = ContentArchive.unzip("evil.zip", zip);
        assertThat(unpacked.files()).isEmpty();
        assertThat(unpacked.problems()).extracting(ContentProblem::toString)
                .contains("evil.zip:1: entry 'course/../../etc/passwd' leaves the course folder", "evil.zip:1: entry '/abs.md' has an absolute path");
    }

    @Test
    void a_zip_bomb_is_refused_at_the_first_byte_over_the_limit() throws IOException {
        byte[] zeros = new byte[5 * 1024 * 1024];
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("bomb/course.yaml", text("id: bomb"));
        for (int i = 0; i < 60; i++) {
            entries.put("bomb/zeros-" + i + ".png", zeros);
        }
        byte[] zip = zipOf(entries);
        assertThat(zip.length).isLessThan(1024 * 1024);
        ContentArchive.Unpacked unpacked = ContentArchive.unzip("bomb.zip", zip);
        assertThat(unpacked.isValid()).isFalse();
        assertThat(unpacked.files()).isEmpty();
        assertThat(unpacked.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("zip bomb"));
    }

    @Test
    void anything_but_one_course_is_refused_with_a_message() throws IOException {
        assertThat(ContentArchive.unzip("notes.zip", text("not a zip at all")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("one course"));
        byte[] two = zipOf(Map.of("a/course.yaml", text("id: a"), "b/course.yaml", text("id: b")));
        assertThat(ContentArchive.unzip("two.zip", two).problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("one course"));
        byte[] flat = zipOf(Map.of("course.yaml", text("id: flat"), "m/module.yaml", text("id: m")));
        assertThat(ContentArchive.unzip("My Course.zip", flat)).satisfies(u -> {
            assertThat(u.folder()).isEqualTo("my-course");
            assertThat(u.files()).containsKeys("course.yaml", "m/module.yaml");
        });
    }
}
