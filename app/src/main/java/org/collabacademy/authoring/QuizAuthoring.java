package org.collabacademy.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.ContentProblem;
import org.collabacademy.course.content.CourseContent;
import org.collabacademy.course.content.CourseReading;
import org.collabacademy.course.content.QuestionType;
import org.collabacademy.course.content.QuizDefinition;
import org.collabacademy.quiz.QuizTryOuts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Editing a quiz file of a draft: its questions one by one (each in the quiz format), their order, the
 * quiz's settings, and trying the quiz out. Every change is checked by the importer's quiz reader.
 */
@Service
public class QuizAuthoring {

    /** A question as the quiz editor lists it. */
    public record QuestionSummary(int index, String id, String type, String text) {
    }

    /** The settings a form edits; null numbers mean "not set" (the format's default). */
    public record QuizSettingsForm(@Nullable Integer passMark, @Nullable Integer maxAttempts, @Nullable String counts, boolean shuffleQuestions,
                                   boolean shuffleChoices, @Nullable Integer draw, @Nullable Integer timeLimitMinutes, @Nullable String reviewShows,
                                   @Nullable String reviewWhen) {
    }

    private final Authoring authoring;
    private final QuizTryOuts tryOuts;

    QuizAuthoring(Authoring authoring, QuizTryOuts tryOuts) {
        this.authoring = authoring;
        this.tryOuts = tryOuts;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public List<QuestionSummary> questions(String courseKey, String path, Language language) {
        Draft draft = authoring.draft(courseKey);
        Language defaultLanguage = Authoring.defaultLanguage(Authoring.manifest(draft.contents(), draft.folder(), "course.yaml"));
        Manifest quiz = quiz(draft, path);
        List<QuestionSummary> summaries = new ArrayList<>();
        List<Object> questions = quiz.list("questions");
        for (int i = 0; i < questions.size(); i++) {
            Manifest question = questions.get(i) instanceof Map<?, ?> map ? Manifest.of(map) : Manifest.empty();
            Map<Language, String> texts = question.texts("text", defaultLanguage);
            summaries.add(new QuestionSummary(i, question.text("id"), question.text("type"),
                    texts.getOrDefault(language, texts.getOrDefault(defaultLanguage, ""))));
        }
        return summaries;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void addQuestion(String courseKey, String path, QuestionType type) {
        Draft draft = authoring.draft(courseKey);
        Language defaultLanguage = Authoring.defaultLanguage(Authoring.manifest(draft.contents(), draft.folder(), "course.yaml"));
        Manifest quiz = quiz(draft, path);
        List<Object> questions = quiz.list("questions");
        int number = questions.size() + 1;
        List<String> ids = questions.stream().map(q -> q instanceof Map<?, ?> map ? String.valueOf(map.get("id")) : "").toList();
        while (ids.contains("question-" + number)) {
            number++;
        }
        questions.add(QuizTemplates.question(type, "question-" + number, defaultLanguage));
        authoring.write(draft, path, quiz.bytes());
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void moveQuestion(String courseKey, String path, int index, int by) {
        Draft draft = authoring.draft(courseKey);
        Manifest quiz = quiz(draft, path);
        List<Object> questions = quiz.list("questions");
        int target = Math.max(0, Math.min(questions.size() - 1, index + by));
        if (index >= 0 && index < questions.size() && target != index) {
            questions.add(target, questions.remove(index));
            authoring.write(draft, path, quiz.bytes());
        }
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void removeQuestion(String courseKey, String path, int index) {
        Draft draft = authoring.draft(courseKey);
        Manifest quiz = quiz(draft, path);
        List<Object> questions = quiz.list("questions");
        if (index >= 0 && index < questions.size()) {
            questions.remove(index);
            authoring.write(draft, path, quiz.bytes());
        }
    }

    /** One question in the quiz format, to edit on its own. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public String questionSource(String courseKey, String path, int index) {
        List<Object> questions = quiz(authoring.draft(courseKey), path).list("questions");
        if (index < 0 || index >= questions.size()) {
            throw new InvalidInput("question", "authoring.no-such-question");
        }
        return dumper().dump(questions.get(index));
    }

    /**
     * Replaces one question with an edited one and returns the problems the importer reports for the
     * quiz afterwards (the file is saved even with problems: it is a draft; publishing refuses them).
     * A text that is not a question (not YAML, not a mapping) is refused and nothing is saved.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public List<ContentProblem> saveQuestion(String courseKey, String path, int index, String source) {
        Draft draft = authoring.draft(courseKey);
        Object parsed;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(0);
            options.setCodePointLimit(Authoring.TEXT_BYTES);
            parsed = new Yaml(options).load(source);
        } catch (YAMLException unreadable) {
            String where = unreadable.getMessage() == null ? "" : unreadable.getMessage().lines().findFirst().orElse("");
            throw new InvalidInput("question", "authoring.question-unreadable", where);
        }
        if (!(parsed instanceof Map<?, ?>)) {
            throw new InvalidInput("question", "authoring.question-not-a-map");
        }
        Manifest quiz = quiz(draft, path);
        List<Object> questions = quiz.list("questions");
        if (index < 0 || index >= questions.size()) {
            throw new InvalidInput("question", "authoring.no-such-question");
        }
        questions.set(index, parsed);
        byte[] bytes = quiz.bytes();
        authoring.write(draft, path, bytes);
        return problems(draft, path);
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public QuizSettingsForm settings(String courseKey, String path) {
        Manifest settings = settingsOf(quiz(authoring.draft(courseKey), path));
        return new QuizSettingsForm(number(settings, "pass-mark"), number(settings, "max-attempts"), settings.text("counts"),
                Boolean.parseBoolean(settings.text("shuffle-questions")), Boolean.parseBoolean(settings.text("shuffle-choices")),
                number(settings, "draw"), number(settings, "time-limit-minutes"), settings.text("review-shows"), settings.text("review-when"));
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public List<ContentProblem> saveSettings(String courseKey, String path, QuizSettingsForm form) {
        Draft draft = authoring.draft(courseKey);
        Manifest quiz = quiz(draft, path);
        Map<String, Object> settings = new LinkedHashMap<>();
        put(settings, "pass-mark", form.passMark());
        put(settings, "max-attempts", form.maxAttempts());
        put(settings, "counts", form.counts());
        if (form.shuffleQuestions()) {
            settings.put("shuffle-questions", true);
        }
        if (form.shuffleChoices()) {
            settings.put("shuffle-choices", true);
        }
        put(settings, "draw", form.draw());
        put(settings, "time-limit-minutes", form.timeLimitMinutes());
        put(settings, "review-shows", form.reviewShows());
        put(settings, "review-when", form.reviewWhen());
        if (settings.isEmpty()) {
            quiz.remove("settings");
        } else {
            quiz.set("settings", settings);
        }
        authoring.write(draft, path, quiz.bytes());
        return problems(draft, path);
    }

    /** Starts a try-out of the quiz as the draft has it now; refused while the quiz or its module has problems. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public String tryOut(String courseKey, String path) {
        Draft draft = authoring.draft(courseKey);
        if (!problems(draft, path).isEmpty()) {
            throw new InvalidInput("quiz", "authoring.quiz-has-problems");
        }
        String quizId = quiz(draft, path).text("id");
        String moduleFolder = path.substring(0, path.lastIndexOf('/'));
        CourseReading reading = Authoring.check(draft.folder(), draft.contents());
        CourseContent content = reading.course() != null ? reading.course() : reading.preview();
        Optional<QuizDefinition> definition = content == null ? Optional.empty() : content.modules().stream()
                .filter(m -> m.folder().equals(moduleFolder)).flatMap(m -> m.quizzes().stream())
                .filter(q -> q.key().equals(quizId)).findFirst();
        return tryOuts.start(definition.orElseThrow(() -> new InvalidInput("quiz", "authoring.quiz-has-problems")));
    }

    private static List<ContentProblem> problems(Draft draft, String path) {
        return Authoring.problemsOf(draft.folder(), draft.contents(), path);
    }

    private static Manifest quiz(Draft draft, String path) {
        if (!path.endsWith(".yaml")) {
            throw new InvalidInput("file", "authoring.not-editable", path);
        }
        return Authoring.manifest(draft.contents(), draft.folder(), path);
    }

    private static Manifest settingsOf(Manifest quiz) {
        return quiz.get("settings") instanceof Map<?, ?> map ? Manifest.of(map) : Manifest.empty();
    }


    private static @Nullable Integer number(Manifest settings, String key) {
        try {
            return settings.get(key) == null ? null : Integer.valueOf(settings.text(key));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static void put(Map<String, Object> settings, String key, @Nullable Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            settings.put(key, value);
        }
    }

    private static Yaml dumper() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        return new Yaml(options);
    }
}
