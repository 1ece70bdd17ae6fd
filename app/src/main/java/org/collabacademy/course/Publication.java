package org.collabacademy.course;

import java.util.List;
import org.collabacademy.course.content.ContentProblem;

/**
 * What publishing a course did: the content version online afterwards, whether it is a new one, or the
 * problems (as {@code file:line: message}) that refused it, in which case nothing was written.
 */
public record Publication(int version, boolean changed, List<ContentProblem> problems) {

    static Publication refused(List<ContentProblem> problems) {
        return new Publication(0, false, List.copyOf(problems));
    }

    public boolean published() {
        return problems.isEmpty();
    }
}
