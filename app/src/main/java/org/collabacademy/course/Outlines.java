package org.collabacademy.course;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseOutline.ModuleOutline;
import org.collabacademy.course.CourseOutline.PageOutline;
import org.springframework.stereotype.Component;

/**
 * Builds course outlines from the database and keeps them until the content version changes. Content
 * changes only on import, so readers mostly pay one small version query per request.
 */
@Component
class Outlines {

    private final CourseRepository courses;
    private final Map<String, CourseOutline> cache = new ConcurrentHashMap<>();

    Outlines(CourseRepository courses) {
        this.courses = courses;
    }

    /** Call inside a transaction. */
    Optional<CourseOutline> of(String key) {
        Optional<Integer> version = courses.currentVersion(key);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        CourseOutline cached = cache.get(key);
        if (cached != null && cached.version() == version.get()) {
            return Optional.of(cached);
        }
        return courses.findByKey(key).map(this::of);
    }

    /** Call inside a transaction. */
    CourseOutline of(Course course) {
        CourseOutline cached = cache.get(course.key());
        if (cached != null && cached.version() == course.contentVersion()) {
            return cached;
        }
        CourseOutline outline = build(course);
        cache.put(course.key(), outline);
        return outline;
    }

    private static CourseOutline build(Course course) {
        List<ModuleOutline> modules = course.modules().stream()
                .filter(m -> !m.retired())
                .map(module -> new ModuleOutline(module.id(), module.key(),
                        byLanguage(module.texts(), CourseModule.ModuleText::title),
                        byLanguage(module.texts(), CourseModule.ModuleText::summary),
                        byLanguage(module.texts(), t -> t.objectives().isBlank() ? List.<String>of() : List.of(t.objectives().split("\n"))),
                        module.estimatedMinutes(),
                        module.pages().stream().filter(p -> !p.retired())
                                .map(page -> new PageOutline(page.id(), page.key(), page.required(), byLanguage(page.texts(), CoursePage.PageText::title)))
                                .toList(),
                        module.quizzes().stream().map(quiz -> new CourseOutline.QuizLink(course.key(), module.key(), quiz.key(), quiz.graded(),
                                Map.copyOf(LanguageTexts.fromJson(quiz.titles())))).toList()))
                .filter(m -> !m.pages().isEmpty() || !m.quizzes().isEmpty())
                .toList();
        return new CourseOutline(course.id(), course.key(), course.contentVersion(),
                Language.ofTag(course.defaultLanguage()).orElse(Language.ENGLISH),
                Arrays.stream(course.languages().split(",")).map(Language::ofTag).flatMap(Optional::stream).toList(),
                course.topics().isBlank() ? List.of() : List.of(course.topics().split(",")),
                course.trainers().isBlank() ? List.of() : List.of(course.trainers().split(",")),
                LanguageTexts.certificateFromJson(course.certificate()),
                byLanguage(course.texts(), Course.CourseText::title),
                byLanguage(course.texts(), Course.CourseText::summary),
                modules);
    }

    private static <T, R> Map<Language, R> byLanguage(Map<String, T> texts, Function<T, R> part) {
        Map<Language, R> result = new EnumMap<>(Language.class);
        texts.forEach((tag, text) -> Language.ofTag(tag).ifPresent(language -> result.put(language, part.apply(text))));
        return Map.copyOf(result);
    }
}
