package org.collabacademy.quiz;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.collabacademy.course.content.Question;
import org.collabacademy.course.content.Question.Choice;
import org.collabacademy.course.content.QuestionType;
import org.collabacademy.course.content.QuizDefinition;
import org.collabacademy.course.content.QuizDefinition.Assessment;
import org.collabacademy.course.content.QuizDefinition.Dimension;
import org.collabacademy.course.content.QuizDefinition.Profile;

/**
 * Grading, on the server only. Each question earns a share (0 to 1) of its points; the score is the
 * points earned in percent of the points asked. The rules per type are documented in course-content/README.md.
 */
public final class Grading {

    private Grading() {
    }

    /** The score of a set of answers to the questions that were asked. */
    public record Graded(double percent, boolean passed, Map<String, Double> shares) {
    }

    public static Graded grade(QuizDefinition quiz, List<String> asked, Map<String, Answer> answers) {
        double earned = 0;
        double possible = 0;
        Map<String, Double> shares = new LinkedHashMap<>();
        for (String key : asked) {
            Optional<Question> question = quiz.question(key);
            if (question.isEmpty() || !question.get().type().isScored()) {
                continue;
            }
            double share = share(question.get(), answers.getOrDefault(key, Answer.empty()));
            shares.put(key, share);
            earned += share * question.get().points();
            possible += question.get().points();
        }
        double percent = possible == 0 ? 0 : Math.round(earned / possible * 1000) / 10.0;
        return new Graded(percent, percent >= quiz.settings().passMark(), shares);
    }

    /** The share of a question's points an answer earns, from 0 to 1. */
    public static double share(Question question, Answer answer) {
        if (answer.isEmpty()) {
            return 0;
        }
        return switch (question.type()) {
            case SINGLE, TRUE_FALSE -> question.choice(answer.first()).map(c -> Math.max(0, c.weight())).orElse(0.0);
            case MULTIPLE -> clamp(answer.values().stream().distinct()
                    .map(question::choice).flatMap(Optional::stream).mapToDouble(Choice::weight).sum());
            case MATCHING -> matched(question, answer);
            case ORDERING -> inPlace(question, answer);
            case SHORT_ANSWER -> question.acceptedAnswers().stream().map(Grading::normalize)
                    .anyMatch(normalize(answer.first())::equals) ? 1 : 0;
            case NUMERIC -> number(answer.first()).stream()
                    .anyMatch(value -> question.number() != null && Math.abs(value - question.number()) <= question.tolerance() + 1e-9) ? 1 : 0;
            case RATING -> 0;
        };
    }

    private static double matched(Question question, Answer answer) {
        Map<String, String> chosen = new HashMap<>();
        for (String value : answer.values()) {
            int equals = value.indexOf('=');
            if (equals > 0) {
                chosen.put(value.substring(0, equals), value.substring(equals + 1));
            }
        }
        long right = question.pairs().stream().filter(pair -> pair.key().equals(chosen.get(pair.key()))).count();
        return question.pairs().isEmpty() ? 0 : (double) right / question.pairs().size();
    }

    private static double inPlace(Question question, Answer answer) {
        List<Choice> items = question.choices();
        int right = 0;
        for (int i = 0; i < items.size() && i < answer.values().size(); i++) {
            if (items.get(i).key().equals(answer.values().get(i))) {
                right++;
            }
        }
        return items.isEmpty() ? 0 : (double) right / items.size();
    }

    /** Case, width and spacing do not matter in short answers: "  Joint   VENTURE" matches "joint venture". */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Accepts a decimal comma and the typographic minus. */
    static OptionalDouble number(String text) {
        String cleaned = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace('\u2212', '-').replace(',', '.').replace(" ", "");
        try {
            double value = Double.parseDouble(cleaned);
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalDouble.empty();
        }
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** A self-assessment's outcome: a 0-100 score per dimension, and the profile with most points (if any). */
    public record Assessed(Map<String, Integer> scores, Optional<String> profile) {
    }

    public static Assessed assess(QuizDefinition quiz, Map<String, Answer> answers) {
        Assessment assessment = quiz.assessment();
        if (assessment == null) {
            return new Assessed(Map.of(), Optional.empty());
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Dimension dimension : assessment.dimensions()) {
            OptionalDouble mean = quiz.questions().stream()
                    .filter(q -> q.type() == QuestionType.RATING && dimension.key().equals(q.dimension()) && q.scale() != null)
                    .filter(q -> !answers.getOrDefault(q.key(), Answer.empty()).isEmpty())
                    .mapToDouble(q -> {
                        double value = number(answers.get(q.key()).first()).orElse(q.scale().min());
                        double clamped = Math.max(q.scale().min(), Math.min(q.scale().max(), value));
                        return (clamped - q.scale().min()) / (q.scale().max() - q.scale().min());
                    }).average();
            mean.ifPresent(m -> scores.put(dimension.key(), (int) Math.round(m * 100)));
        }
        Map<String, Integer> points = new LinkedHashMap<>();
        assessment.profiles().forEach(p -> points.put(p.key(), 0));
        for (Question question : quiz.questions()) {
            for (String chosen : answers.getOrDefault(question.key(), Answer.empty()).values()) {
                question.choice(chosen).ifPresent(choice -> choice.profilePoints().forEach((profile, add) -> points.merge(profile, add, Integer::sum)));
            }
        }
        Optional<String> profile = assessment.profiles().stream().map(Profile::key)
                .filter(key -> points.get(key) > 0)
                .reduce((best, next) -> points.get(next) > points.get(best) ? next : best);
        return new Assessed(scores, profile);
    }
}
