package org.collabacademy.course.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar collabacademy.jar validate-content <folder>}: checks a content folder the way the
 * importer does, prints each problem as {@code file:line: message} and returns the exit code
 * (0 all well, 1 problems, 2 wrong use). Runs without Spring and without a database.
 */
public final class ValidateContentCommand {

    public static final String NAME = "validate-content";

    private ValidateContentCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: java -jar collabacademy.jar " + NAME + " <content folder>");
            return 2;
        }
        Path root = Path.of(args.getFirst());
        if (!Files.isDirectory(root)) {
            err.println(root + ": not a folder");
            return 2;
        }
        ContentFolder folder = new ContentFolder(root);
        List<CourseReading> readings = folder.readAll((id, fingerprint) -> ContentLinks.forValidation(id));
        int problems = 0;
        for (CourseReading reading : readings) {
            for (ContentProblem problem : reading.problems()) {
                out.println(root.resolve(problem.file()) + ":" + problem.line() + ": " + problem.message());
                problems++;
            }
        }
        int pages = readings.stream().filter(CourseReading::isValid).mapToInt(r -> r.course().pageCount()).sum();
        if (readings.isEmpty()) {
            err.println(root + ": no course folders found");
            return 1;
        }
        err.println(readings.size() + " course(s), " + pages + " valid page(s), " + problems + " problem(s)");
        return problems == 0 ? 0 : 1;
    }
}
