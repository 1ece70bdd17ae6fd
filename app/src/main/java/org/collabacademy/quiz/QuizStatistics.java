package org.collabacademy.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collabacademy.course.content.Question;
import org.collabacademy.course.content.QuizDefinition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Item analysis of a quiz over all its closed attempts: how often each question was answered right, how
 * well it separates strong from weak learners, and how often each choice was picked.
 */
@Service
@Transactional(readOnly = true)
public class QuizStatistics {

    private final QuizRepository quizzes;
    private final QuizAttemptRepository attempts;
    private final QuizAnswerRepository answers;
    private final Definitions definitions;

    QuizStatistics(QuizRepository quizzes, QuizAttemptRepository attempts, QuizAnswerRepository answers, Definitions definitions) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.answers = answers;
        this.definitions = definitions;
    }

    /**
     * One question's figures. {@code shareCorrect} is the mean share of points earned (0-1);
     * {@code discrimination} the mean share of the best 27 % of attempts minus that of the weakest 27 %
     * (-1 to 1; below 0.2 the question tells strong and weak learners apart poorly).
     */
    public record ItemStats(Question question, int answered, double shareCorrect, double discrimination, Map<String, Long> picks) {
    }

    public record ItemAnalysis(QuizDefinition definition, int attempts, List<ItemStats> items) {
    }

    /** Callers check that the trainer follows the course (see progress). */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public ItemAnalysis analyse(String courseKey, String moduleKey, String quizKey) {
        Quiz quiz = quizzes.findByAddress(Quiz.address(courseKey, moduleKey, quizKey))
                .orElseThrow(() -> new org.collabacademy.base.InvalidInput("quiz", "quiz.not-found"));
        QuizDefinition current = definitions.of(quiz.id(), quiz.currentVersion());
        List<QuizAttempt> closed = attempts.closedAttemptsOf(quiz.id());
        List<Map<String, Double>> sharesByAttempt = new ArrayList<>();
        Map<String, Map<String, Long>> picks = new HashMap<>();
        for (QuizAttempt attempt : closed) {
            QuizDefinition definition = definitions.of(attempt.quizId(), attempt.quizVersion());
            Map<String, Double> shares = new HashMap<>();
            for (QuizAnswer given : answers.answersOf(attempt.id())) {
                Answer answer = definitions.answer(given.answer());
                definition.question(given.questionKey()).ifPresent(question -> {
                    shares.put(question.key(), Grading.share(question, answer));
                    Map<String, Long> counts = picks.computeIfAbsent(question.key(), k -> new LinkedHashMap<>());
                    answer.values().forEach(value -> counts.merge(value, 1L, Long::sum));
                });
            }
            for (String asked : definitions.layout(attempt.layout()).asked()) {
                shares.putIfAbsent(asked, 0.0);
            }
            sharesByAttempt.add(shares);
        }
        List<Map<String, Double>> ranked = sharesByAttempt.stream()
                .sorted(Comparator.comparingDouble((Map<String, Double> s) -> s.values().stream().mapToDouble(Double::doubleValue).sum()).reversed())
                .toList();
        int group = Math.max(1, (int) Math.round(ranked.size() * 0.27));
        List<ItemStats> items = new ArrayList<>();
        for (Question question : current.questions()) {
            if (!question.type().isScored()) {
                items.add(new ItemStats(question, count(sharesByAttempt, question.key()), 0, 0, picks.getOrDefault(question.key(), Map.of())));
                continue;
            }
            double mean = mean(sharesByAttempt, question.key());
            double upper = mean(ranked.subList(0, Math.min(group, ranked.size())), question.key());
            double lower = mean(ranked.subList(Math.max(0, ranked.size() - group), ranked.size()), question.key());
            items.add(new ItemStats(question, count(sharesByAttempt, question.key()), mean, ranked.size() < 2 ? 0 : upper - lower,
                    picks.getOrDefault(question.key(), Map.of())));
        }
        return new ItemAnalysis(current, closed.size(), items);
    }

    private static int count(List<Map<String, Double>> shares, String key) {
        return (int) shares.stream().filter(s -> s.containsKey(key)).count();
    }

    private static double mean(List<Map<String, Double>> shares, String key) {
        return shares.stream().filter(s -> s.containsKey(key)).mapToDouble(s -> s.get(key)).average().orElse(0);
    }
}
