package org.collabacademy.quiz;

import java.time.Instant;

/**
 * What the quiz feature tells others (progress, learning records) without letting them into its tables.
 * {@code quizAddress} is {@code course/module/quiz}.
 */
public final class QuizEvents {

    private QuizEvents() {
    }

    public record AttemptStarted(long learnerId, String courseKey, String moduleKey, String quizAddress,
                                 long attemptId, int number, Instant at) {
    }

    public record AnswerSaved(long learnerId, String courseKey, String moduleKey, String quizAddress, long attemptId,
                              String questionKey, java.util.List<String> response, Instant at) {
    }

    /** An attempt was graded: submitted by the learner, or closed by its time limit ({@code timedOut}). */
    public record AttemptSubmitted(long learnerId, String courseKey, String moduleKey, String quizAddress, boolean graded,
                                   long attemptId, int number, double score, boolean passed, boolean timedOut,
                                   Instant startedAt, Instant at) {
    }

    /** A self-assessment was submitted: the profile it points to and a 0-100 score per dimension. */
    public record SelfAssessed(long learnerId, String courseKey, String moduleKey, String quizAddress, String purpose,
                               long attemptId, @org.jspecify.annotations.Nullable String profile,
                               java.util.Map<String, Integer> scores, Instant startedAt, Instant at) {
    }
}
