package org.collabacademy.course.content;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one course while it is read; nothing stops at the first one. */
final class Problems {

    private final List<ContentProblem> all = new ArrayList<>();

    void add(String file, int line, String message) {
        all.add(new ContentProblem(file, Math.max(line, 1), message));
    }

    int count() {
        return all.size();
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    List<ContentProblem> sorted() {
        return all.stream().distinct().sorted().toList();
    }
}
