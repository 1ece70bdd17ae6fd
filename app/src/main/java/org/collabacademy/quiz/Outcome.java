package org.collabacademy.quiz;

import java.util.List;
import java.util.Map;
import org.collabacademy.course.content.Question;
import org.collabacademy.course.content.QuizDefinition;
import org.collabacademy.course.content.QuizDefinition.FeedbackBand;
import org.jspecify.annotations.Nullable;

/**
 * A closed attempt as its review shows it. What it contains follows the quiz's review settings:
 * {@code questions} is empty when the review shows the score only (or not yet).
 */
public record Outcome(
        AttemptSummary attempt,
        String courseKey,
        String moduleKey,
        QuizDefinition definition,
        boolean reviewOpen,
        boolean showCorrectAnswers,
        boolean showFeedback,
        @Nullable FeedbackBand band,
        List<QuestionOutcome> questions,
        @Nullable CollaborationProfile profile) {

    /** One question in the review: what the learner answered and the share of its points earned. */
    public record QuestionOutcome(Question question, Answer answer, double share) {
    }

    /** For self-assessments: the dimensions with the lowest scores, weakest first. */
    public List<String> weakestDimensions(int how) {
        if (profile == null) {
            return List.of();
        }
        return profile.scores().entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(how).map(Map.Entry::getKey).toList();
    }
}
