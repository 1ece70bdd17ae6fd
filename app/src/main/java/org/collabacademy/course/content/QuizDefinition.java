package org.collabacademy.course.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.collabacademy.base.Language;
import org.jspecify.annotations.Nullable;

/**
 * A quiz or self-assessment as authored: settings, questions with every translation, feedback by score
 * band and, for a self-assessment, what its answers measure. Immutable; each import of changed content
 * makes a new version, and an attempt keeps the version it started with.
 */
public record QuizDefinition(
        String key,
        Kind kind,
        Language defaultLanguage,
        Map<Language, String> titles,
        Map<Language, String> introductions,
        QuizSettings settings,
        List<Question> questions,
        List<FeedbackBand> feedbackBands,
        @Nullable Assessment assessment) {

    public enum Kind {
        /** Scored against right answers; passing it can complete a module. */
        GRADED,
        /** No right answers: the answers describe the learner (or their firm). */
        SELF_ASSESSMENT
    }

    /** A text of this quiz in the wanted language, else in the course's default language. */
    public String text(Map<Language, String> texts, Language wanted) {
        String text = texts.get(wanted);
        if (text == null) {
            text = texts.get(defaultLanguage);
        }
        return text != null ? text : texts.values().stream().findFirst().orElse("");
    }

    public Optional<Question> question(String questionKey) {
        return questions.stream().filter(q -> q.key().equals(questionKey)).findFirst();
    }

    /** Overall feedback for a score, from the band its whole percent falls in (69.5 % is in 50-69). */
    public Optional<FeedbackBand> bandFor(double percent) {
        double whole = Math.floor(percent);
        return feedbackBands.stream().filter(b -> whole >= b.from() && whole <= b.to()).findFirst();
    }

    /** Feedback shown for scores from {@code from} to {@code to} percent (inclusive). */
    public record FeedbackBand(double from, double to, Map<Language, String> texts) {
    }

    /**
     * What a self-assessment measures: rating questions tagged with a dimension give it a 0-100 score,
     * and choices carrying points for profiles place the learner in the profile with most points.
     */
    public record Assessment(String purpose, List<Dimension> dimensions, List<Profile> profiles) {

        /** The purpose of the questionnaire that builds a learner's collaboration profile. */
        public static final String COLLABORATION_PROFILE = "collaboration-profile";
    }

    public record Dimension(String key, Map<Language, String> titles, Map<Language, String> advice, @Nullable String helpLink) {
    }

    public record Profile(String key, Map<Language, String> titles, Map<Language, String> descriptions, @Nullable String helpLink) {
    }
}
