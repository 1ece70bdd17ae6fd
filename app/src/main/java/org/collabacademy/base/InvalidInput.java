package org.collabacademy.base;

import java.io.Serial;
import java.util.List;

/**
 * Input a service refused, with every problem tied to the field it belongs to, so that a form can show
 * each message next to its field. Thrown before anything is written.
 */
public class InvalidInput extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A problem with one field; {@code messageKey} is a translation key, {@code arguments} fill its placeholders. */
    public record Problem(String field, String messageKey, List<Object> arguments) {

        public Problem(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }

    private final transient List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList().toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInput needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String messageKey, Object... arguments) {
        this(List.of(new Problem(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
