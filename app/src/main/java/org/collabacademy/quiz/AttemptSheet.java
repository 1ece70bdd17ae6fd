package org.collabacademy.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.collabacademy.course.content.Question;
import org.collabacademy.course.content.QuizDefinition;
import org.jspecify.annotations.Nullable;

/**
 * An attempt as the learner works on it: the questions drawn, in their order, each with its choices in
 * the attempt's order, and every answer saved so far.
 */
public record AttemptSheet(
        AttemptSummary attempt,
        String courseKey,
        String moduleKey,
        QuizDefinition definition,
        List<Question> questions,
        Map<String, List<String>> choiceOrders,
        Map<String, Answer> answers,
        @Nullable Instant deadline) {
}
