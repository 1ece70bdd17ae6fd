package org.collabacademy.course.content;

import org.jspecify.annotations.Nullable;

/**
 * How a quiz is taken: pass mark in percent, attempts allowed ({@code null} = unlimited), which attempt
 * counts, shuffling, drawing N questions from the pool, an optional time limit, and what the review shows when.
 */
public record QuizSettings(
        int passMark,
        @Nullable Integer maxAttempts,
        Counting counting,
        boolean shuffleQuestions,
        boolean shuffleChoices,
        @Nullable Integer draw,
        @Nullable Integer timeLimitMinutes,
        ReviewShows reviewShows,
        ReviewWhen reviewWhen) {

    public enum Counting { HIGHEST, LAST }

    /** What the review of a submitted attempt shows, each level including the ones before it. */
    public enum ReviewShows { SCORE, CORRECT_ANSWERS, FEEDBACK }

    public enum ReviewWhen { AFTER_EACH_ATTEMPT, AFTER_PASSING, AFTER_LAST_ATTEMPT, NEVER }

    public static QuizSettings defaults() {
        return new QuizSettings(70, null, Counting.HIGHEST, false, false, null, null, ReviewShows.FEEDBACK, ReviewWhen.AFTER_EACH_ATTEMPT);
    }
}
