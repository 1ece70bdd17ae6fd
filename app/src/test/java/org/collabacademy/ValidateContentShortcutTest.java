package org.collabacademy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.collabacademy.course.content.ContentCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar collabacademy.jar validate-content <folder>} through the application's own main method, in a
 * JVM of its own, with a database URL that cannot work: had the shortcut started Spring, the web server or the
 * database, the run would fail on that instead of printing the content's problems.
 */
class ValidateContentShortcutTest {

    private static final String UNREACHABLE_DATABASE = "jdbc:postgresql://127.0.0.1:1/no_database_here";

    @TempDir
    Path output;

    @Test
    void a_folder_with_problems_prints_each_as_file_line_message_and_exits_with_1() throws Exception {
        Path folder = ContentCases.content("missing-files");
        Run run = validate(folder);

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> expected = Files.readAllLines(folder.getParent().resolve("expected.txt")).stream()
                .filter(line -> !line.isBlank()).map(line -> folder.resolve(line)).map(Path::toString).toList();
        assertThat(run.out()).containsExactlyElementsOf(expected);
        assertThat(run.err()).anyMatch(line -> line.endsWith("4 problem(s)"));
        assertThat(String.join("\n", run.err())).doesNotContain("Tomcat", "HikariPool", "APPLICATION FAILED TO START");
    }

    @Test
    void the_shipped_course_is_valid_and_exits_with_0() throws Exception {
        Run run = validate(Path.of("../course-content"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).anyMatch(line -> line.endsWith(" 0 problem(s)"));
    }

    @Test
    void a_missing_folder_is_wrong_use_and_exits_with_2() throws Exception {
        assertThat(validate(output.resolve("no-such-folder")).exitCode()).isEqualTo(2);
    }

    private record Run(int exitCode, List<String> out, List<String> err) {
    }

    private Run validate(Path folder) throws IOException, InterruptedException {
        Path out = output.resolve("out.txt");
        Path err = output.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CollabAcademyApplication.class.getName(),
                "validate-content", folder.toAbsolutePath().toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", UNREACHABLE_DATABASE);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("validate-content did not finish within two minutes");
        }
        return new Run(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8), Files.readAllLines(err, StandardCharsets.UTF_8));
    }
}
