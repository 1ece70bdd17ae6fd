package org.collabacademy.quiz;

import java.util.List;

/**
 * What a learner answered to one question, as plain strings: the chosen choice key(s), {@code true} or
 * {@code false}, {@code left=right} pair keys for matching, item keys in order, the typed text, or the
 * rating value.
 */
public record Answer(List<String> values) {

    public Answer {
        values = List.copyOf(values);
    }

    public static Answer of(String... values) {
        return new Answer(List.of(values));
    }

    public static Answer empty() {
        return new Answer(List.of());
    }

    public boolean isEmpty() {
        return values.isEmpty() || values.stream().allMatch(String::isBlank);
    }

    public String first() {
        return values.isEmpty() ? "" : values.getFirst();
    }
}
