package org.collabacademy.course.content;

/** The kinds of question, as written in quiz files ({@code type: single} …). */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("true-false"),
    MATCHING("matching"),
    ORDERING("ordering"),
    SHORT_ANSWER("short-answer"),
    NUMERIC("numeric"),
    RATING("rating");

    private final String written;

    QuestionType(String written) {
        this.written = written;
    }

    public String written() {
        return written;
    }

    public boolean isScored() {
        return this != RATING;
    }

    public static java.util.Optional<QuestionType> of(String written) {
        return java.util.Arrays.stream(values()).filter(t -> t.written.equals(written)).findFirst();
    }
}
