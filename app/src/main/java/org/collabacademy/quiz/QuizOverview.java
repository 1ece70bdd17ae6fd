package org.collabacademy.quiz;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.QuizDefinition;
import org.jspecify.annotations.Nullable;

/**
 * A quiz from one learner's side: what it is, their attempts so far, the score that counts, and whether
 * they may start another attempt ({@code attemptsLeft} is null when unlimited).
 */
public record QuizOverview(
        String courseKey,
        String moduleKey,
        QuizDefinition definition,
        Map<Language, String> moduleTitles,
        List<AttemptSummary> attempts,
        @Nullable Integer attemptsLeft,
        @Nullable Double countingScore,
        boolean passed) {

    public boolean canStart() {
        return attempts.stream().anyMatch(AttemptSummary::isOpen) || attemptsLeft == null || attemptsLeft > 0;
    }

    public java.util.Optional<AttemptSummary> openAttempt() {
        return attempts.stream().filter(AttemptSummary::isOpen).findFirst();
    }
}
