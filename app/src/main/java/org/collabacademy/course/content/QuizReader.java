package org.collabacademy.course.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.Question;
import org.collabacademy.course.content.Question.Choice;
import org.collabacademy.course.content.Question.Pair;
import org.collabacademy.course.content.Question.Scale;
import org.collabacademy.course.content.QuestionType;
import org.collabacademy.course.content.QuizDefinition;
import org.collabacademy.course.content.QuizDefinition.Assessment;
import org.collabacademy.course.content.QuizDefinition.Dimension;
import org.collabacademy.course.content.QuizDefinition.FeedbackBand;
import org.collabacademy.course.content.QuizDefinition.Kind;
import org.collabacademy.course.content.QuizDefinition.Profile;
import org.collabacademy.course.content.QuizSettings;
import org.collabacademy.course.content.QuizSettings.Counting;
import org.collabacademy.course.content.QuizSettings.ReviewShows;
import org.collabacademy.course.content.QuizSettings.ReviewWhen;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and checks one quiz file of a module (YAML, plus an optional GIFT file it names). */
final class QuizReader {

    static final Set<String> QUIZ_KEYS = Set.of("id", "kind", "purpose", "title", "introduction", "settings",
            "feedback-bands", "questions", "gift", "dimensions", "profiles");
    static final Set<String> SETTING_KEYS = Set.of("pass-mark", "max-attempts", "counts", "shuffle-questions",
            "shuffle-choices", "draw", "time-limit-minutes", "review-shows", "review-when");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "text", "points", "feedback", "choices",
            "answer", "pairs", "items", "answers", "tolerance", "scale", "dimension");
    private static final Set<String> CHOICE_KEYS = Set.of("id", "text", "correct", "feedback", "points");

    private final CourseFiles files;
    private final PageReader pages;
    private final Language defaultLanguage;
    private final Problems problems;

    QuizReader(CourseFiles files, PageReader pages, Language defaultLanguage, Problems problems) {
        this.files = files;
        this.pages = pages;
        this.defaultLanguage = defaultLanguage;
        this.problems = problems;
    }

    Optional<QuizDefinition> read(String moduleFolder, Located<String> reference, String manifestFile, Kind expected) {
        String path = moduleFolder + "/" + reference.value();
        if (!files.exists(path)) {
            problems.add(manifestFile, reference.line(), "quiz file '" + reference.value() + "' does not exist");
            return Optional.empty();
        }
        String display = files.display(path);
        Optional<YamlMap> parsed = YamlMap.parse(display, new String(files.bytes(path).orElseThrow(), StandardCharsets.UTF_8), problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        YamlMap quiz = parsed.get();
        quiz.allowOnly(QUIZ_KEYS);
        Optional<Located<String>> id = quiz.id("id");
        Kind kind = quiz.text("kind", false).map(k -> switch (k.value()) {
            case "graded" -> Kind.GRADED;
            case "self-assessment" -> Kind.SELF_ASSESSMENT;
            default -> {
                problems.add(display, k.line(), "'kind' must be graded or self-assessment, not '" + k.value() + "'");
                yield expected;
            }
        }).orElse(Kind.GRADED);
        if (kind != expected) {
            problems.add(manifestFile, reference.line(), expected == Kind.GRADED
                    ? "'quiz' must name a graded quiz; list self-assessments under 'self-assessments'"
                    : "'self-assessments' must name files with kind: self-assessment");
        }
        Map<Language, String> titles = required(quiz, "title");
        Map<Language, String> introductions = quiz.texts("introduction", false, defaultLanguage);
        QuizSettings settings = quiz.map("settings", false).map(s -> settings(s, display)).orElse(QuizSettings.defaults());
        List<FeedbackBand> bands = bands(quiz);
        Assessment assessment = kind == Kind.SELF_ASSESSMENT ? assessment(quiz, moduleFolder, display) : null;
        if (kind == Kind.GRADED && (quiz.has("dimensions") || quiz.has("profiles") || quiz.has("purpose"))) {
            problems.add(display, quiz.lineOf("dimensions"), "dimensions, profiles and purpose belong to self-assessments (kind: self-assessment)");
        }

        List<Question> questions = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        for (Node node : quiz.sequence("questions", !quiz.has("gift"))) {
            if (!(node instanceof MappingNode mapping)) {
                problems.add(display, YamlMap.line(node), "each question must be a map with id, type and text");
                continue;
            }
            question(YamlMap.of(display, mapping, problems), kind, assessment).ifPresent(q -> {
                if (questionIds.add(q.key())) {
                    questions.add(q);
                } else {
                    problems.add(display, YamlMap.line(node), "question id '" + q.key() + "' is used twice");
                }
            });
        }
        quiz.text("gift", false).ifPresent(gift -> new GiftReader(files, defaultLanguage, problems)
                .read(moduleFolder, gift, display).forEach(q -> {
                    if (questionIds.add(q.key())) {
                        questions.add(q);
                    } else {
                        problems.add(files.display(moduleFolder + "/" + gift.value()), 1, "question id '" + q.key() + "' is used twice");
                    }
                }));
        if (settings.draw() != null && settings.draw() > questions.size()) {
            problems.add(display, quiz.lineOf("settings"), "'draw' asks for " + settings.draw() + " questions but the quiz has only " + questions.size());
        }
        if (problems.count() > before || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuizDefinition(id.get().value(), kind, defaultLanguage, titles, introductions, settings, List.copyOf(questions), bands, assessment));
    }

    private QuizSettings settings(YamlMap settings, String display) {
        settings.allowOnly(SETTING_KEYS);
        QuizSettings defaults = QuizSettings.defaults();
        Integer maxAttempts = settings.text("max-attempts", false)
                .filter(t -> !t.value().equals("unlimited"))
                .flatMap(t -> settings.integer("max-attempts", false, 1, 100))
                .orElse(null);
        return new QuizSettings(
                settings.integer("pass-mark", false, 0, 100).orElse(defaults.passMark()),
                maxAttempts,
                settings.text("counts", false).map(t -> choose(t, display, "counts", Counting.values())).orElse(defaults.counting()),
                settings.bool("shuffle-questions").orElse(false),
                settings.bool("shuffle-choices").orElse(false),
                settings.integer("draw", false, 1, 500).orElse(null),
                settings.integer("time-limit-minutes", false, 1, 600).orElse(null),
                settings.text("review-shows", false).map(t -> choose(t, display, "review-shows", ReviewShows.values())).orElse(defaults.reviewShows()),
                settings.text("review-when", false).map(t -> choose(t, display, "review-when", ReviewWhen.values())).orElse(defaults.reviewWhen()));
    }

    /** Matches {@code correct-answers} to {@code CORRECT_ANSWERS}; reports the allowed words otherwise. */
    private <E extends Enum<E>> @Nullable E choose(Located<String> written, String display, String key, E[] options) {
        for (E option : options) {
            if (option.name().replace('_', '-').equalsIgnoreCase(written.value())) {
                return option;
            }
        }
        problems.add(display, written.line(), "'" + key + "' must be one of " + String.join(", ",
                java.util.Arrays.stream(options).map(o -> o.name().replace('_', '-').toLowerCase(java.util.Locale.ROOT)).toList())
                + ", not '" + written.value() + "'");
        return options[0];
    }

    private List<FeedbackBand> bands(YamlMap quiz) {
        List<FeedbackBand> bands = new ArrayList<>();
        for (Node node : quiz.sequence("feedback-bands", false)) {
            if (node instanceof MappingNode mapping) {
                YamlMap band = YamlMap.of(quiz.file(), mapping, problems);
                band.allowOnly(Set.of("from", "to", "text"));
                Optional<Integer> from = band.integer("from", true, 0, 100);
                Optional<Integer> to = band.integer("to", true, 0, 100);
                Map<Language, String> text = required(band, "text");
                if (from.isPresent() && to.isPresent()) {
                    if (from.get() > to.get()) {
                        problems.add(quiz.file(), band.line(), "a feedback band must go from a lower to a higher score");
                    }
                    bands.add(new FeedbackBand(from.get(), to.get(), text));
                }
            } else {
                problems.add(quiz.file(), YamlMap.line(node), "each feedback band must be a map with from, to and text");
            }
        }
        return List.copyOf(bands);
    }

    private @Nullable Assessment assessment(YamlMap quiz, String moduleFolder, String display) {
        String purpose = quiz.text("purpose", false).map(Located::value).orElse("");
        List<Dimension> dimensions = new ArrayList<>();
        for (Node node : quiz.sequence("dimensions", false)) {
            entry(quiz, node, Set.of("id", "title", "advice", "help")).ifPresent(map -> map.id("id").ifPresent(id ->
                    dimensions.add(new Dimension(id.value(), required(map, "title"), map.texts("advice", false, defaultLanguage),
                            help(map, moduleFolder, display)))));
        }
        List<Profile> profiles = new ArrayList<>();
        for (Node node : quiz.sequence("profiles", false)) {
            entry(quiz, node, Set.of("id", "title", "description", "help")).ifPresent(map -> map.id("id").ifPresent(id ->
                    profiles.add(new Profile(id.value(), required(map, "title"), map.texts("description", false, defaultLanguage),
                            help(map, moduleFolder, display)))));
        }
        return new Assessment(purpose, List.copyOf(dimensions), List.copyOf(profiles));
    }

    private Optional<YamlMap> entry(YamlMap parent, Node node, Set<String> keys) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(parent.file(), YamlMap.line(node), "each entry must be a map of \"key: value\" lines");
            return Optional.empty();
        }
        YamlMap map = YamlMap.of(parent.file(), mapping, problems);
        map.allowOnly(keys);
        return Optional.of(map);
    }

    private @Nullable String help(YamlMap map, String moduleFolder, String display) {
        return map.text("help", false).map(h -> pages.link(moduleFolder, h.value(), display, h.line())).filter(l -> !l.isEmpty()).orElse(null);
    }

    private Optional<Question> question(YamlMap q, Kind kind, @Nullable Assessment assessment) {
        q.allowOnly(QUESTION_KEYS);
        Optional<Located<String>> id = q.id("id");
        Optional<Located<String>> typeName = q.text("type", true);
        Optional<QuestionType> type = typeName.flatMap(t -> {
            Optional<QuestionType> found = QuestionType.of(t.value());
            if (found.isEmpty()) {
                problems.add(q.file(), t.line(), "unknown question type '" + t.value() + "' (types: single, multiple, true-false, matching, ordering, short-answer, numeric, rating)");
            }
            return found;
        });
        Map<Language, String> text = required(q, "text");
        double points = q.decimal("points", false).orElse(1.0);
        if (points <= 0) {
            problems.add(q.file(), q.lineOf("points"), "'points' must be more than 0");
        }
        Map<Language, String> feedback = q.texts("feedback", false, defaultLanguage);
        if (id.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        List<Choice> choices = List.of();
        List<Pair> pairs = List.of();
        List<String> accepted = List.of();
        Double number = null;
        double tolerance = 0;
        Scale scale = null;
        String dimension = null;
        switch (type.get()) {
            case SINGLE, MULTIPLE -> choices = choices(q, type.get(), kind, assessment);
            case TRUE_FALSE -> {
                boolean answer = q.bool("answer").orElseGet(() -> {
                    problems.add(q.file(), q.line(), "a true-false question needs 'answer: true' or 'answer: false'");
                    return true;
                });
                choices = List.of(
                        new Choice("true", Map.of(), answer, answer ? 1 : 0, Map.of(), Map.of()),
                        new Choice("false", Map.of(), !answer, answer ? 0 : 1, Map.of(), Map.of()));
            }
            case MATCHING -> pairs = pairs(q);
            case ORDERING -> choices = items(q);
            case SHORT_ANSWER -> {
                accepted = q.textLists("answers").values().stream().flatMap(List::stream).distinct().toList();
                if (accepted.isEmpty()) {
                    problems.add(q.file(), q.lineOf("answers"), "a short-answer question needs 'answers' with at least one accepted answer");
                }
            }
            case NUMERIC -> {
                number = q.decimal("answer", true).orElse(null);
                tolerance = q.decimal("tolerance", false).orElse(0.0);
                if (tolerance < 0) {
                    problems.add(q.file(), q.lineOf("tolerance"), "'tolerance' must not be negative");
                }
            }
            case RATING -> {
                scale = scale(q);
                dimension = q.text("dimension", false).map(d -> {
                    boolean known = assessment != null && assessment.dimensions().stream().anyMatch(x -> x.key().equals(d.value()));
                    if (!known) {
                        problems.add(q.file(), d.line(), "dimension '" + d.value() + "' is not among the quiz's dimensions");
                    }
                    return d.value();
                }).orElse(null);
            }
        }
        if (kind == Kind.GRADED && type.get() == QuestionType.RATING) {
            problems.add(q.file(), q.lineOf("type"), "rating questions belong to self-assessments; a graded quiz has right answers");
        }
        return Optional.of(new Question(id.get().value(), type.get(), text, points, choices, pairs, accepted, number, tolerance, scale, dimension, feedback));
    }

    private List<Choice> choices(YamlMap q, QuestionType type, Kind kind, @Nullable Assessment assessment) {
        record Written(String id, Map<Language, String> text, boolean correct, Map<Language, String> feedback, Map<String, Integer> points, int line) {
        }
        List<Written> written = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (Node node : q.sequence("choices", true)) {
            Optional<YamlMap> map = entry(q, node, CHOICE_KEYS);
            if (map.isEmpty()) {
                continue;
            }
            Optional<Located<String>> id = map.get().id("id");
            Map<Language, String> text = required(map.get(), "text");
            boolean correct = map.get().bool("correct").orElse(false);
            Map<String, Integer> points = map.get().integers("points", 0, 100);
            for (String profile : points.keySet()) {
                if (assessment == null || assessment.profiles().stream().noneMatch(p -> p.key().equals(profile))) {
                    problems.add(q.file(), map.get().lineOf("points"), "profile '" + profile + "' is not among the quiz's profiles");
                }
            }
            if (id.isPresent() && !ids.add(id.get().value())) {
                problems.add(q.file(), id.get().line(), "choice id '" + id.get().value() + "' is used twice in this question");
            }
            String defaultText = text.get(defaultLanguage);
            if (defaultText != null && !texts.add(defaultText)) {
                problems.add(q.file(), map.get().lineOf("text"), "two choices have the same text '" + defaultText + "'");
            }
            id.ifPresent(i -> written.add(new Written(i.value(), text, correct, map.get().texts("feedback", false, defaultLanguage), points, YamlMap.line(node))));
        }
        if (written.size() < 2) {
            problems.add(q.file(), q.lineOf("choices"), "a question needs at least two choices");
        }
        long right = written.stream().filter(Written::correct).count();
        if (kind == Kind.GRADED && type == QuestionType.SINGLE && right != 1) {
            problems.add(q.file(), q.lineOf("choices"), "a single-choice question needs exactly one choice with correct: true (it has " + right + ")");
        }
        if (kind == Kind.GRADED && type == QuestionType.MULTIPLE && right == 0) {
            problems.add(q.file(), q.lineOf("choices"), "a multiple-response question needs at least one choice with correct: true");
        }
        long wrong = written.size() - right;
        return written.stream().map(w -> new Choice(w.id(), w.text(), w.correct(),
                type == QuestionType.SINGLE ? (w.correct() ? 1 : 0) : (w.correct() ? 1.0 / right : wrong == 0 ? 0 : -1.0 / wrong),
                w.feedback(), w.points())).toList();
    }

    private List<Pair> pairs(YamlMap q) {
        List<Pair> pairs = new ArrayList<>();
        Set<String> lefts = new HashSet<>();
        Set<String> rights = new HashSet<>();
        for (Node node : q.sequence("pairs", true)) {
            entry(q, node, Set.of("left", "right")).ifPresent(map -> {
                Pair pair = new Pair("p" + (pairs.size() + 1), required(map, "left"), required(map, "right"));
                // two equal sides would make two matchings right, and only one of them counts
                unique(pair.left(), lefts, q.file(), map.lineOf("left"), "two pairs have the same left side '");
                unique(pair.right(), rights, q.file(), map.lineOf("right"), "two pairs have the same right side '");
                pairs.add(pair);
            });
        }
        if (pairs.size() < 2) {
            problems.add(q.file(), q.lineOf("pairs"), "a matching question needs at least two pairs");
        }
        return List.copyOf(pairs);
    }

    private List<Choice> items(YamlMap q) {
        List<Choice> items = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (Node node : q.sequence("items", true)) {
            Map<Language, String> text = q.textsOf(node, "items", defaultLanguage);
            // equal items could be put in either order, yet only one order counts
            unique(text, texts, q.file(), YamlMap.line(node), "two items have the same text '");
            items.add(new Choice("i" + (items.size() + 1), text, true, 0, Map.of(), Map.of()));
        }
        if (items.size() < 2) {
            problems.add(q.file(), q.lineOf("items"), "an ordering question needs at least two items");
        }
        return List.copyOf(items);
    }

    private @Nullable Scale scale(YamlMap q) {
        return q.map("scale", true).map(s -> {
            s.allowOnly(Set.of("min", "max", "low", "high"));
            int min = s.integer("min", true, 0, 10).orElse(1);
            int max = s.integer("max", true, 1, 10).orElse(5);
            if (max <= min) {
                problems.add(q.file(), s.line(), "a scale's max must be greater than its min");
            }
            return new Scale(min, max, s.texts("low", false, defaultLanguage), s.texts("high", false, defaultLanguage));
        }).orElse(null);
    }

    private void unique(Map<Language, String> text, Set<String> seen, String file, int line, String problem) {
        String defaultText = text.get(defaultLanguage);
        if (defaultText != null && !seen.add(defaultText)) {
            problems.add(file, line, problem + defaultText + "'");
        }
    }

    /** A text that must exist in the course's default language. */
    private Map<Language, String> required(YamlMap map, String key) {
        Map<Language, String> texts = map.texts(key, true, defaultLanguage);
        if (map.has(key) && !texts.isEmpty() && !texts.containsKey(defaultLanguage)) {
            problems.add(map.file(), map.lineOf(key), "'" + key + "' needs a text in the default language '" + defaultLanguage.tag() + "'");
        }
        return texts;
    }
}
