package org.collabacademy.quiz;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.collabacademy.course.CoursePublished;
import org.collabacademy.course.content.QuizDefinition;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the quizzes of the imported courses: a quiz whose definition changed gets a new version (open
 * attempts finish on the version they started with); a quiz that disappeared is retired.
 */
@Component
class QuizLibrary {

    private final QuizRepository quizzes;
    private final QuizVersionRepository versions;
    private final Definitions definitions;
    private final Clock clock;

    QuizLibrary(QuizRepository quizzes, QuizVersionRepository versions, Definitions definitions, Clock clock) {
        this.quizzes = quizzes;
        this.versions = versions;
        this.definitions = definitions;
        this.clock = clock;
    }

    /** Runs inside the course import's transaction: the course and its quizzes are stored together or not at all. */
    @EventListener
    void on(CoursePublished published) {
        Instant now = clock.instant();
        Set<String> present = new HashSet<>();
        for (CoursePublished.ModuleQuizzes module : published.modules()) {
            for (QuizDefinition definition : module.quizzes()) {
                Quiz quiz = quizzes.findByAddress(Quiz.address(published.courseKey(), module.moduleKey(), definition.key()))
                        .orElseGet(() -> quizzes.save(new Quiz(published.courseKey(), module.moduleKey(), definition.key())));
                present.add(quiz.address());
                String json = definitions.write(definition);
                boolean changed = quiz.currentVersion() == 0
                        || !versions.findById(new QuizVersion.Key(quiz.id(), quiz.currentVersion())).map(QuizVersion::definition).orElse("").equals(json);
                int version = changed ? quiz.currentVersion() + 1 : quiz.currentVersion();
                if (changed) {
                    versions.save(new QuizVersion(quiz.id(), version, json, now));
                }
                quiz.publish(definition.kind(), version, definitions.writeTexts(module.moduleTitles()), now);
            }
        }
        quizzes.findByCourseKeyAndRetiredFalse(published.courseKey()).stream()
                .filter(quiz -> !present.contains(quiz.address()))
                .forEach(quiz -> quiz.retire(now));
    }
}
