package org.collabacademy.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.QuestionType;

/**
 * Starting points for a new quiz and for each question type: valid as written, with placeholders the
 * trainer replaces. The format of every type is the one course-content/README.md documents.
 */
final class QuizTemplates {

    private QuizTemplates() {
    }

    static byte[] newQuiz(String title, Language language) {
        Manifest quiz = Manifest.empty();
        quiz.set("id", "quiz");
        quiz.setTexts("title", Map.of(language, title));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("pass-mark", 70);
        quiz.set("settings", settings);
        quiz.set("questions", new ArrayList<>(List.of(question(QuestionType.SINGLE, "question-1", language))));
        return quiz.bytes();
    }

    static Map<String, Object> question(QuestionType type, String id, Language language) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("id", id);
        question.put("type", type.written());
        question.put("text", text(language, "?"));
        switch (type) {
            case SINGLE, MULTIPLE -> question.put("choices", new ArrayList<>(List.of(
                    choice("a", language, true), choice("b", language, false), choice("c", language, type == QuestionType.MULTIPLE))));
            case TRUE_FALSE -> question.put("answer", true);
            case MATCHING -> question.put("pairs", new ArrayList<>(List.of(
                    pair(language, "1", "A"), pair(language, "2", "B"))));
            case ORDERING -> question.put("items", new ArrayList<>(List.of(text(language, "1"), text(language, "2"), text(language, "3"))));
            case SHORT_ANSWER -> question.put("answers", new LinkedHashMap<>(Map.of(language.tag(), new ArrayList<>(List.of("…")))));
            case NUMERIC -> {
                question.put("answer", 42);
                question.put("tolerance", 0);
            }
            case RATING -> question.put("scale", new LinkedHashMap<>(Map.of("min", 1, "max", 5)));
        }
        return question;
    }

    private static Map<String, Object> choice(String id, Language language, boolean correct) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("id", id);
        choice.put("text", text(language, id.toUpperCase(java.util.Locale.ROOT)));
        if (correct) {
            choice.put("correct", true);
        }
        return choice;
    }

    private static Map<String, Object> pair(Language language, String left, String right) {
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("left", text(language, left));
        pair.put("right", text(language, right));
        return pair;
    }

    private static Map<String, Object> text(Language language, String text) {
        return new LinkedHashMap<>(Map.of(language.tag(), text));
    }
}
