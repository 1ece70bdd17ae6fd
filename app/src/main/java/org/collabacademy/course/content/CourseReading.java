package org.collabacademy.course.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of reading one course folder: the course when it has no problem, otherwise the problems
 * and, when the course manifest itself is sound, a preview of the modules before the first broken one.
 */
public record CourseReading(
        String folder,
        @Nullable String courseId,
        String fingerprint,
        List<ContentProblem> problems,
        @Nullable CourseContent course,
        @Nullable CourseContent preview) {

    public boolean isValid() {
        return problems.isEmpty() && course != null;
    }
}
