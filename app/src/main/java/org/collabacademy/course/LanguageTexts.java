package org.collabacademy.course;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.CertificateLayout;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Texts per language stored in one column as JSON, such as {@code {"en": "Quiz", "de": "Quiz"}}. */
final class LanguageTexts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LanguageTexts() {
    }

    static String toJson(Map<Language, String> texts) {
        Map<String, String> byTag = new LinkedHashMap<>();
        texts.forEach((language, text) -> byTag.put(language.tag(), text));
        return JSON.writeValueAsString(byTag);
    }

    static String certificateToJson(CertificateLayout layout) {
        return JSON.writeValueAsString(layout);
    }

    static CertificateLayout certificateFromJson(String json) {
        return json.isBlank() || json.equals("{}") ? CertificateLayout.defaults() : JSON.readValue(json, CertificateLayout.class);
    }

    static Map<Language, String> fromJson(String json) {
        Map<String, String> byTag = JSON.readValue(json, new TypeReference<Map<String, String>>() {
        });
        Map<Language, String> texts = new EnumMap<>(Language.class);
        byTag.forEach((tag, text) -> Language.ofTag(tag).ifPresent(language -> texts.put(language, text)));
        return texts;
    }
}
