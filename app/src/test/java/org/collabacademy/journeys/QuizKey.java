package org.collabacademy.journeys;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The answer key of a quiz file of the shipped course, read the way a learner who studied well would know
 * it: for a question, its type and the texts of its right answers in one language.
 */
final class QuizKey {

    /** What a well-prepared learner answers: the right choice texts, true/false, or an accepted short answer. */
    record Right(String type, List<String> choices, boolean truth, String shortAnswer) {
    }

    private final Map<String, Map<String, Object>> questions;
    private final String language;

    @SuppressWarnings("unchecked")
    private QuizKey(Map<String, Object> quiz, String language) {
        this.questions = new java.util.HashMap<>();
        for (Object question : (List<Object>) quiz.get("questions")) {
            Map<String, Object> fields = (Map<String, Object>) question;
            questions.put((String) fields.get("id"), fields);
        }
        this.language = language;
    }

    static QuizKey of(Path file, String language) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> quiz = new Yaml().load(reader);
            return new QuizKey(quiz, language);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The right answer to the question, when it is of a type the journey answers (one click or a typed word). */
    @SuppressWarnings("unchecked")
    Optional<Right> right(String questionKey) {
        Map<String, Object> question = questions.get(questionKey);
        if (question == null) {
            throw new IllegalArgumentException("no question " + questionKey + " in the quiz file");
        }
        String type = (String) question.get("type");
        return switch (type) {
            case "single", "multiple" -> Optional.of(new Right(type, ((List<Map<String, Object>>) question.get("choices")).stream()
                    .filter(choice -> Boolean.TRUE.equals(choice.get("correct")))
                    .map(choice -> ((Map<String, String>) choice.get("text")).get(language)).toList(), false, ""));
            case "true-false" -> Optional.of(new Right(type, List.of(), Boolean.TRUE.equals(question.get("answer")), ""));
            case "short-answer" -> Optional.of(new Right(type, List.of(), false,
                    ((Map<String, List<String>>) question.get("answers")).get(language).getFirst()));
            default -> Optional.empty();
        };
    }
}
