package org.collabacademy.course.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.collabacademy.base.Language;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read safely, whose getters report problems with file and line instead of throwing.
 * Anchors, aliases and custom tags are refused before anything is built, which rules out
 * "billion laughs" bombs and object-creating tags.
 */
final class YamlMap {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern STANDARD_TAGS = Pattern.compile("tag:yaml\\.org,2002:(str|int|float|bool|null|seq|map)");

    private final String file;
    private final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String file, MappingNode node, Problems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.put(key.getValue(), tuple);
            } else {
                problems.add(file, line(tuple.getKeyNode()), "keys must be plain words");
            }
        }
    }

    /** Parses a manifest; on any problem it is reported and nothing is returned. */
    static Optional<YamlMap> parse(String file, String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(ContentLimits.MANIFEST_BYTES);
        Yaml yaml = new Yaml(options);
        try {
            int before = problems.count();
            for (Event event : yaml.parse(new StringReader(text))) {
                refuseUnsafe(file, event, problems);
            }
            if (problems.count() > before) {
                return Optional.empty();
            }
            Node root = yaml.compose(new StringReader(text));
            if (!(root instanceof MappingNode mapping)) {
                problems.add(file, root == null ? 1 : line(root), "the manifest must be a list of \"key: value\" lines");
                return Optional.empty();
            }
            return Optional.of(new YamlMap(file, mapping, problems));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(file, line, "YAML syntax: " + e.getProblem());
        } catch (YAMLException e) {
            problems.add(file, 1, "YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static void refuseUnsafe(String file, Event event, Problems problems) {
        int line = event.getStartMark() == null ? 1 : event.getStartMark().getLine() + 1;
        if (event instanceof AliasEvent || event instanceof NodeEvent nodeEvent && nodeEvent.getAnchor() != null) {
            problems.add(file, line, "anchors and aliases (& and *) are not allowed");
        }
        String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
        if (tag != null && !STANDARD_TAGS.matcher(tag).matches()) {
            problems.add(file, line, "custom YAML tags (" + tag + ") are not allowed");
        }
    }

    static YamlMap of(String file, MappingNode node, Problems problems) {
        return new YamlMap(file, node, problems);
    }

    int line() {
        return line(node);
    }

    String file() {
        return file;
    }

    /** Reports every key that is not one of {@code allowed}. */
    void allowOnly(Set<String> allowed) {
        for (var entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                problems.add(file, line(entry.getValue().getKeyNode()),
                        "unknown key '" + entry.getKey() + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** The line of a key, or of the map itself when the key is missing. */
    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : line(tuple.getKeyNode());
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<Located<String>> text(String key, boolean required) {
        Node value = value(key, required);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problems.add(file, line(value), "'" + key + "' must be a text");
            return Optional.empty();
        }
        return Optional.of(new Located<>(scalar.getValue().strip(), line(value)));
    }

    /** A stable id: lower-case letters, digits and single hyphens. */
    Optional<Located<String>> id(String key) {
        return text(key, true).filter(id -> {
            if (!ID.matcher(id.value()).matches() || id.value().length() > 80) {
                problems.add(file, id.line(), "'" + key + "' must use lower-case letters, digits and hyphens (at most 80), not '" + id.value() + "'");
                return false;
            }
            return true;
        });
    }

    Optional<Language> language(String key, boolean required) {
        return text(key, required).flatMap(this::language);
    }

    Optional<Language> language(Located<String> tag) {
        Optional<Language> language = Language.ofTag(tag.value());
        if (language.isEmpty()) {
            problems.add(file, tag.line(), "unsupported language '" + tag.value() + "' (supported: " + supported() + ")");
        }
        return language;
    }

    /** Either one text (in {@code defaultLanguage}) or a map from language to text. */
    Map<Language, String> texts(String key, boolean required, @Nullable Language defaultLanguage) {
        Node value = value(key, required);
        return value == null ? new EnumMap<>(Language.class) : textsOf(value, key, defaultLanguage);
    }

    /** The texts of a node that is one text or a map from language to text (e.g. an item of a list). */
    Map<Language, String> textsOf(Node value, String what, @Nullable Language defaultLanguage) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (value instanceof ScalarNode scalar && !scalar.getValue().isBlank() && defaultLanguage != null) {
            texts.put(defaultLanguage, scalar.getValue().strip());
        } else if (value instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Located<String> tag = new Located<>(scalarText(tuple.getKeyNode()), line(tuple.getKeyNode()));
                Optional<Language> language = language(tag);
                if (!(tuple.getValueNode() instanceof ScalarNode text) || text.getValue().isBlank()) {
                    problems.add(file, line(tuple.getValueNode()), "'" + what + "' in '" + tag.value() + "' must be a text");
                } else {
                    language.ifPresent(l -> texts.put(l, text.getValue().strip()));
                }
            }
        } else {
            problems.add(file, line(value), "'" + what + "' must be a text or a map from language to text");
        }
        return texts;
    }

    /** A map from language to a list of texts (learning objectives). */
    Map<Language, List<String>> textLists(String key) {
        Map<Language, List<String>> lists = new EnumMap<>(Language.class);
        Node value = value(key, false);
        if (value == null) {
            return lists;
        }
        if (!(value instanceof MappingNode mapping)) {
            problems.add(file, line(value), "'" + key + "' must map each language to a list");
            return lists;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Located<String> tag = new Located<>(scalarText(tuple.getKeyNode()), line(tuple.getKeyNode()));
            Optional<Language> language = language(tag);
            List<String> items = new ArrayList<>();
            if (tuple.getValueNode() instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                        items.add(scalar.getValue().strip());
                    } else {
                        problems.add(file, line(item), "each item of '" + key + "' must be a text");
                    }
                }
            } else {
                problems.add(file, line(tuple.getValueNode()), "'" + key + "' in '" + tag.value() + "' must be a list");
            }
            language.ifPresent(l -> lists.put(l, items));
        }
        return lists;
    }

    /** A list whose items are texts; each keeps its line. */
    List<Located<String>> textList(String key, boolean required) {
        List<Located<String>> items = new ArrayList<>();
        for (Node item : sequence(key, required)) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                items.add(new Located<>(scalar.getValue().strip(), line(item)));
            } else {
                problems.add(file, line(item), "each item of '" + key + "' must be a text");
            }
        }
        return items;
    }

    /** A list whose items may be texts or maps; maps come back as {@link YamlMap}s. */
    List<Node> sequence(String key, boolean required) {
        Node value = value(key, required);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problems.add(file, line(value), "'" + key + "' must be a list (lines starting with '- ')");
            return List.of();
        }
        if (required && sequence.getValue().isEmpty()) {
            problems.add(file, line(value), "'" + key + "' must not be empty");
        }
        return sequence.getValue();
    }

    /** A nested map, e.g. {@code settings:}. */
    Optional<YamlMap> map(String key, boolean required) {
        Node value = value(key, required);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof MappingNode mapping)) {
            problems.add(file, line(value), "'" + key + "' must be a map of \"key: value\" lines");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(file, mapping, problems));
    }

    /** A map from names to whole numbers, e.g. {@code points: {regional-market-leader: 2}}. */
    Map<String, Integer> integers(String key, int min, int max) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        map(key, false).ifPresent(map -> map.entries.forEach((name, tuple) -> {
            String text = scalarText(tuple.getValueNode());
            try {
                int number = Integer.parseInt(text.strip());
                if (number >= min && number <= max) {
                    numbers.put(name, number);
                    return;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            problems.add(file, line(tuple.getValueNode()), "'" + key + "' of '" + name + "' must be a whole number from " + min + " to " + max);
        }));
        return numbers;
    }

    Set<String> keys() {
        return entries.keySet();
    }

    /** A decimal number, e.g. {@code answer: 3.5}. */
    Optional<Double> decimal(String key, boolean required) {
        return text(key, required).flatMap(text -> {
            try {
                return Optional.of(Double.parseDouble(text.value()));
            } catch (NumberFormatException notANumber) {
                problems.add(file, text.line(), "'" + key + "' must be a number, not '" + text.value() + "'");
                return Optional.empty();
            }
        });
    }

    Optional<Integer> integer(String key, boolean required, int min, int max) {
        return text(key, required).flatMap(text -> {
            try {
                int number = Integer.parseInt(text.value());
                if (number >= min && number <= max) {
                    return Optional.of(number);
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            problems.add(file, text.line(), "'" + key + "' must be a whole number from " + min + " to " + max + ", not '" + text.value() + "'");
            return Optional.empty();
        });
    }

    Optional<Boolean> bool(String key) {
        return text(key, false).flatMap(text -> switch (text.value()) {
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> {
                problems.add(file, text.line(), "'" + key + "' must be true or false");
                yield Optional.empty();
            }
        });
    }

    private @Nullable Node value(String key, boolean required) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required) {
                problems.add(file, line(), "missing key '" + key + "'");
            }
            return null;
        }
        return tuple.getValueNode();
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private static String scalarText(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : "";
    }

    static String supported() {
        return Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.joining(", "));
    }
}
