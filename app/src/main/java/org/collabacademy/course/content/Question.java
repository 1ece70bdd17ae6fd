package org.collabacademy.course.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.collabacademy.base.Language;
import org.jspecify.annotations.Nullable;

/**
 * One question of any type. Only the parts its type uses are filled: choices (single, multiple,
 * ordering in the right order), pairs (matching), accepted answers (short answer), a number with a
 * tolerance (numeric), a scale (rating).
 */
public record Question(
        String key,
        QuestionType type,
        Map<Language, String> texts,
        double points,
        List<Choice> choices,
        List<Pair> pairs,
        List<String> acceptedAnswers,
        @Nullable Double number,
        double tolerance,
        @Nullable Scale scale,
        @Nullable String dimension,
        Map<Language, String> feedback) {

    public Optional<Choice> choice(String choiceKey) {
        return choices.stream().filter(c -> c.key().equals(choiceKey)).findFirst();
    }

    /**
     * A choice; {@code weight} is its share of the points when ticked (negative for wrong ones in
     * multiple response), {@code profilePoints} what it adds to each profile of a self-assessment.
     */
    public record Choice(String key, Map<Language, String> texts, boolean correct, double weight,
                         Map<Language, String> feedback, Map<String, Integer> profilePoints) {
    }

    /** A matching pair: the learner matches each left side with its right side. */
    public record Pair(String key, Map<Language, String> left, Map<Language, String> right) {
    }

    /** A rating scale from {@code min} to {@code max}, with a label for each end. */
    public record Scale(int min, int max, Map<Language, String> lowLabel, Map<Language, String> highLabel) {
    }
}
