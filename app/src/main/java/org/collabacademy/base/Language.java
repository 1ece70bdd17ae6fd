package org.collabacademy.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The four languages of the user interface. English is the fallback for everything. */
public enum Language {
    ENGLISH("en", "English"),
    GERMAN("de", "Deutsch"),
    RUSSIAN("ru", "Русский"),
    SPANISH("es", "Español");

    private final Locale locale;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.locale = Locale.forLanguageTag(tag);
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.getLanguage();
    }

    /** The name as its speakers write it, so that a lost user can find their own language. */
    public String nativeName() {
        return nativeName;
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    public static Optional<Language> of(Locale locale) {
        return Arrays.stream(values()).filter(l -> l.tag().equals(locale.getLanguage())).findFirst();
    }

    public static Optional<Language> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag().equalsIgnoreCase(tag.trim())).findFirst();
    }

    /** The supported language closest to what a browser asks for, English when nothing matches. */
    public static Language bestMatch(List<Locale> requested) {
        return requested.stream().map(Language::of).flatMap(Optional::stream).findFirst().orElse(ENGLISH);
    }
}
