package org.collabacademy.course.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** A content folder with one sub-folder per course (the repository's {@code course-content/} or a trainer's own). */
public final class ContentFolder {

    private final Path root;

    public ContentFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The course folders, in name order; hidden and {@code _draft} folders are left out. */
    public List<CourseFolder> courses() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> new CourseFolder(root, p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /**
     * Reads every course. Each course stands alone: one course's problems never affect another, except
     * that two folders may not claim the same course id (the later folder is then refused).
     */
    public List<CourseReading> readAll(BiFunction<String, String, ContentLinks> links) {
        List<CourseReading> readings = new ArrayList<>();
        Map<String, String> folderById = new HashMap<>();
        for (CourseFolder folder : courses()) {
            CourseReading reading = folder.read(links);
            if (reading.courseId() != null && folderById.putIfAbsent(reading.courseId(), reading.folder()) != null) {
                List<ContentProblem> problems = new ArrayList<>(reading.problems());
                problems.add(new ContentProblem(reading.folder() + "/course.yaml", 1,
                        "course id '" + reading.courseId() + "' is already used by folder " + folderById.get(reading.courseId())));
                reading = new CourseReading(reading.folder(), reading.courseId(), reading.fingerprint(), problems, null, reading.preview());
            }
            readings.add(reading);
        }
        return readings;
    }
}
