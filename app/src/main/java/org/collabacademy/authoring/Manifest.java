package org.collabacademy.authoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A YAML manifest (course, module or quiz) opened for a change made in a form: read into ordered maps,
 * changed, and written back in block style. Comments in the file do not survive a form's change; the
 * source editor keeps them.
 */
final class Manifest {

    private final Map<String, Object> map;

    private Manifest(Map<String, Object> map) {
        this.map = map;
    }

    @SuppressWarnings("unchecked")
    static Manifest parse(String file, byte[] yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(512 * 1024);
        try {
            Object loaded = new Yaml(options).load(new String(yaml, StandardCharsets.UTF_8));
            if (loaded == null) {
                return new Manifest(new LinkedHashMap<>());
            }
            if (loaded instanceof Map<?, ?> loadedMap) {
                return new Manifest((Map<String, Object>) loadedMap);
            }
        } catch (YAMLException | ClassCastException unreadable) {
            // reported below
        }
        throw new InvalidInput("file", "authoring.manifest-unreadable", file);
    }

    static Manifest empty() {
        return new Manifest(new LinkedHashMap<>());
    }

    /** A part of a manifest (a question, the settings, the certificate) to read and change like a whole one. */
    static Manifest of(Map<?, ?> part) {
        Manifest manifest = empty();
        part.forEach((key, value) -> manifest.set(String.valueOf(key), value));
        return manifest;
    }

    byte[] bytes() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setSplitLines(false);
        return new Yaml(options).dump(map).getBytes(StandardCharsets.UTF_8);
    }

    Object get(String key) {
        return map.get(key);
    }

    void set(String key, Object value) {
        map.put(key, value);
    }

    void remove(String key) {
        map.remove(key);
    }

    String text(String key) {
        Object value = map.get(key);
        return value == null ? "" : String.valueOf(value);
    }

    /** A text that may be written once (default language) or as a map per language. */
    Map<Language, String> texts(String key, Language defaultLanguage) {
        Map<Language, String> texts = new LinkedHashMap<>();
        Object value = map.get(key);
        if (value instanceof Map<?, ?> perLanguage) {
            perLanguage.forEach((tag, text) -> Language.ofTag(String.valueOf(tag)).ifPresent(l -> texts.put(l, String.valueOf(text))));
        } else if (value != null) {
            texts.put(defaultLanguage, String.valueOf(value));
        }
        return texts;
    }

    /** Writes a text per language; blank texts are left out, and the key goes when nothing is left. */
    void setTexts(String key, Map<Language, String> texts) {
        Map<String, Object> perLanguage = new LinkedHashMap<>();
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                perLanguage.put(language.tag(), text.strip());
            }
        });
        if (perLanguage.isEmpty()) {
            map.remove(key);
        } else {
            map.put(key, perLanguage);
        }
    }

    /** A list in the manifest, changeable in place (created when missing). */
    @SuppressWarnings("unchecked")
    List<Object> list(String key) {
        Object value = map.get(key);
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        List<Object> created = new ArrayList<>();
        map.put(key, created);
        return created;
    }

    List<String> strings(String key) {
        return list(key).stream().map(String::valueOf).toList();
    }

}
