package org.collabacademy.quiz;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.QuizDefinition;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quiz definitions, answers and layouts as JSON. Definitions of a version never change, so parsed ones are kept.
 */
@Component
class Definitions {

    /** The questions drawn for an attempt, in the order asked, and the order of each question's choices. */
    record Layout(List<String> asked, Map<String, List<String>> orders) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final QuizVersionRepository versions;
    private final Map<QuizVersion.Key, QuizDefinition> parsed = new ConcurrentHashMap<>();

    Definitions(QuizVersionRepository versions) {
        this.versions = versions;
    }

    QuizDefinition of(long quizId, int version) {
        QuizVersion.Key key = new QuizVersion.Key(quizId, version);
        return parsed.computeIfAbsent(key, k -> read(versions.findById(k)
                .orElseThrow(() -> new IllegalStateException("quiz " + quizId + " has no version " + version)).definition()));
    }

    String write(QuizDefinition definition) {
        return json.writeValueAsString(definition);
    }

    QuizDefinition read(String definition) {
        return json.readValue(definition, QuizDefinition.class);
    }

    String write(Layout layout) {
        return json.writeValueAsString(layout);
    }

    Layout layout(String layout) {
        return json.readValue(layout, Layout.class);
    }

    String write(Answer answer) {
        return json.writeValueAsString(answer.values());
    }

    Answer answer(String values) {
        return new Answer(json.readValue(values, new TypeReference<List<String>>() {
        }));
    }

    String writeTexts(Map<Language, String> texts) {
        return json.writeValueAsString(texts);
    }

    Map<Language, String> texts(String texts) {
        return json.readValue(texts, new TypeReference<Map<Language, String>>() {
        });
    }
}
