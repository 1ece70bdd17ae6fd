package org.collabacademy.course;

import java.util.Map;
import java.util.Optional;
import org.collabacademy.base.Language;

/** Picks the text in the wanted language, else in the course's default language. */
public final class Localized {

    private Localized() {
    }

    public static <T> T pick(Map<Language, T> texts, Language wanted, Language fallback) {
        T text = texts.get(wanted);
        if (text != null) {
            return text;
        }
        text = texts.get(fallback);
        if (text != null) {
            return text;
        }
        return texts.values().stream().findFirst().orElseThrow(() -> new IllegalStateException("no text at all"));
    }

    public static <T> Optional<T> pickIfAny(Map<Language, T> texts, Language wanted, Language fallback) {
        return texts.isEmpty() ? Optional.empty() : Optional.of(pick(texts, wanted, fallback));
    }
}
