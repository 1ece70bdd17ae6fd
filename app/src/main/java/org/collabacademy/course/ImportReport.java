package org.collabacademy.course;

import java.time.Instant;
import java.util.List;
import org.collabacademy.course.content.ContentProblem;
import org.jspecify.annotations.Nullable;

/** What the last import did with each course folder. */
public record ImportReport(Instant at, String folder, List<CourseResult> courses) {

    public enum Status {
        /** Imported for the first time. */
        NEW,
        /** Changed content, imported as a new content version. */
        UPDATED,
        /** Same content as the version online: nothing written. */
        UNCHANGED,
        /** Has problems: not imported; the previous version (if any) stays online. */
        REFUSED,
        /** Its folder is gone: the course is hidden, learners' records stay. */
        RETIRED,
        /** Changed in the files, but a trainer edited it in the app: waits until a trainer accepts the files. */
        HELD
    }

    public record CourseResult(String folder, @Nullable String courseId, Status status, int contentVersion, int pages,
                               List<ContentProblem> problems, boolean previewable) {
    }

    public static ImportReport none() {
        return new ImportReport(Instant.EPOCH, "", List.of());
    }

    public long refused() {
        return courses.stream().filter(c -> c.status() == Status.REFUSED).count();
    }
}
