package org.collabacademy.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.collabacademy.course.content.ContentCases;
import org.springframework.util.FileSystemUtils;

/**
 * Content folders for tests that import: always the shipped courses plus whatever the test adds, since an
 * import retires every file-based course missing from the folder it is given.
 */
public final class TestContent {

    private TestContent() {
    }

    /** Copies the shipped {@code course-content/} into {@code folder} and returns it. */
    public static Path withShippedCourses(Path folder) {
        try {
            FileSystemUtils.copyRecursively(Path.of("../course-content"), folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fills {@code folder} with the shipped courses plus the tiny test course (folder {@code tiny}) under a
     * fresh id, so that tests sharing one database do not meet each other's courses; returns that id.
     */
    public static String withTinyCourse(Path folder, String idPrefix, String... trainerEmails) {
        withShippedCourses(folder);
        try {
            FileSystemUtils.copyRecursively(ContentCases.content("valid"), folder);
            String id = idPrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            Path manifest = folder.resolve("tiny/course.yaml");
            String trainers = trainerEmails.length == 0 ? "" : "trainers: [" + String.join(", ", trainerEmails) + "]\n";
            Files.writeString(manifest, trainers + Files.readString(manifest).replace("id: tiny-course", "id: " + id));
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportReport importFolder(ContentImport contentImport, Path folder) {
        return contentImport.importAll(folder);
    }
}
