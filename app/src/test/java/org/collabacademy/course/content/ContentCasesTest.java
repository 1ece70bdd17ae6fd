package org.collabacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus in {@code src/test/resources/content-cases}: each case is a content folder and the exact
 * problems ({@code file:line: message}) the reader must report for it, nothing more and nothing less.
 */
class ContentCasesTest {

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(ContentCases.root())) {
            return folders.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reports_exactly_the_expected_problems(String name) throws Exception {
        Path folder = ContentCases.root().resolve(name);
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt")).stream().filter(l -> !l.isBlank()).toList();

        List<CourseReading> readings = new ContentFolder(folder.resolve("content")).readAll((id, fp) -> ContentLinks.forValidation(id));
        List<String> reported = readings.stream().flatMap(r -> r.problems().stream()).map(ContentProblem::toString).toList();

        assertThat(reported).containsExactlyElementsOf(expected);
        assertThat(readings).allMatch(r -> r.isValid() == r.problems().isEmpty());
    }

}
