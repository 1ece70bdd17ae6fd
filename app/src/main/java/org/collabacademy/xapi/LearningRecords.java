package org.collabacademy.xapi;

import gov.adlnet.xapi.model.Result;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseCatalog;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.course.CourseOutline.ModuleOutline;
import org.collabacademy.course.PageRead;
import org.collabacademy.directory.DirectoryEvents;
import org.collabacademy.directory.InterestStatus;
import org.collabacademy.progress.ProgressEvents;
import org.collabacademy.progress.Registrations;
import org.collabacademy.quiz.QuizEvents;
import org.collabacademy.xapi.StatementFactory.Target;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Turns every learning event into a statement, inside the transaction of the event (after progress,
 * which enrols the learner and so provides the registration).
 */
@Component
class LearningRecords {

    private final StatementFactory factory;
    private final StatementStore store;
    private final CourseCatalog catalog;
    private final Registrations registrations;

    LearningRecords(StatementFactory factory, StatementStore store, CourseCatalog catalog, Registrations registrations) {
        this.factory = factory;
        this.store = store;
        this.catalog = catalog;
        this.registrations = registrations;
    }

    @EventListener
    @Order(2)
    void on(PageRead read) {
        if (read.reportedFromOutside()) {
            return; // the record that reported it is stored already
        }
        Optional<CourseOutline> course = catalog.course(read.courseKey());
        Map<Language, String> pageTitles = course.flatMap(c -> c.module(read.moduleKey())).flatMap(m -> m.page(read.pageKey()))
                .map(CourseOutline.PageOutline::titles).orElse(Map.of());
        record(read.learnerId(), read.courseKey(), XapiProfile.EXPERIENCED,
                new Target(factory.pageIri(read.courseKey(), read.moduleKey(), read.pageKey()), XapiProfile.PAGE, pageTitles),
                List.of(module(course, read.courseKey(), read.moduleKey())), null, read.at(), null);
    }

    @EventListener
    @Order(2)
    void on(QuizEvents.AttemptStarted started) {
        record(started.learnerId(), started.courseKey(), XapiProfile.ATTEMPTED, quiz(started.quizAddress()),
                List.of(module(catalog.course(started.courseKey()), started.courseKey(), started.moduleKey())), null, started.at(), null);
    }

    @EventListener
    @Order(2)
    void on(QuizEvents.AnswerSaved saved) {
        record(saved.learnerId(), saved.courseKey(), XapiProfile.ANSWERED,
                new Target(factory.quizIri(saved.quizAddress()) + "/questions/" + saved.questionKey(), XapiProfile.QUESTION, Map.of()),
                List.of(quiz(saved.quizAddress())), StatementFactory.response(saved.response()), saved.at(), null);
    }

    @EventListener
    @Order(2)
    void on(QuizEvents.AttemptSubmitted submitted) {
        if (!submitted.graded()) {
            return; // a self-assessment is recorded by its SelfAssessed event, with the profile
        }
        record(submitted.learnerId(), submitted.courseKey(), submitted.passed() ? XapiProfile.PASSED : XapiProfile.FAILED,
                quiz(submitted.quizAddress()), List.of(module(catalog.course(submitted.courseKey()), submitted.courseKey(), submitted.moduleKey())),
                StatementFactory.scored(submitted.score(), submitted.passed(), submitted.startedAt(), submitted.at()), submitted.at(), null);
    }

    @EventListener
    @Order(2)
    void on(QuizEvents.SelfAssessed assessed) {
        record(assessed.learnerId(), assessed.courseKey(), XapiProfile.COMPLETED, quiz(assessed.quizAddress()),
                List.of(module(catalog.course(assessed.courseKey()), assessed.courseKey(), assessed.moduleKey())),
                factory.profile(assessed.profile(), assessed.scores(), assessed.startedAt(), assessed.at()), assessed.at(), null);
    }

    @EventListener
    @Order(2)
    void on(ProgressEvents.ModuleCompleted completed) {
        Optional<CourseOutline> course = catalog.course(completed.courseKey());
        record(completed.learnerId(), completed.courseKey(), XapiProfile.COMPLETED, module(course, completed.courseKey(), completed.moduleKey()),
                List.of(course(course, completed.courseKey())), StatementFactory.completion(), completed.at(), completed.registration());
    }

    @EventListener
    @Order(2)
    void on(ProgressEvents.CourseCompleted completed) {
        record(completed.learnerId(), completed.courseKey(), XapiProfile.COMPLETED, course(catalog.course(completed.courseKey()), completed.courseKey()),
                List.of(), StatementFactory.completion(), completed.at(), completed.registration());
    }

    /** Partner search is learning applied: sending an interest, and the answer it got, are statements too (no course). */
    @EventListener
    @Order(2)
    void on(DirectoryEvents.InterestSent sent) {
        Target entry = new Target(factory.directoryEntryIri(sent.entryId()), XapiProfile.OFFER, Map.of());
        store.append(factory.statement(UUID.randomUUID(), sent.learnerId(), XapiProfile.REQUESTED, entry, null, List.of(), List.of(), null,
                Instant.now()), sent.learnerId(), null, null, Instant.now());
    }

    @EventListener
    @Order(2)
    void on(DirectoryEvents.InterestDecided decided) {
        if (decided.status() != InterestStatus.ACCEPTED && decided.status() != InterestStatus.DECLINED) {
            return;
        }
        Target entry = new Target(factory.directoryEntryIri(decided.entryId()), XapiProfile.OFFER, Map.of());
        String verb = decided.status() == InterestStatus.ACCEPTED ? XapiProfile.ACCEPTED : XapiProfile.DECLINED;
        store.append(factory.statement(UUID.randomUUID(), decided.learnerId(), verb, entry, null, List.of(), List.of(), null, Instant.now()),
                decided.learnerId(), null, null, Instant.now());
    }

    private void record(long learnerId, String courseKey, String verb, Target target, List<Target> parents, @Nullable Result result,
                        Instant at, @Nullable UUID registration) {
        UUID registered = registration != null ? registration : registrations.of(learnerId, courseKey).orElse(null);
        Target course = course(catalog.course(courseKey), courseKey);
        List<Target> grouping = target.id().equals(course.id()) || parents.stream().anyMatch(p -> p.id().equals(course.id())) ? List.of() : List.of(course);
        store.append(factory.statement(UUID.randomUUID(), learnerId, verb, target, registered, parents, grouping, result, at),
                learnerId, courseKey, registered, at);
    }

    private Target course(Optional<CourseOutline> course, String courseKey) {
        return new Target(factory.courseIri(courseKey), XapiProfile.COURSE, course.map(CourseOutline::titles).orElse(Map.of()));
    }

    private Target module(Optional<CourseOutline> course, String courseKey, String moduleKey) {
        return new Target(factory.moduleIri(courseKey, moduleKey), XapiProfile.MODULE,
                course.flatMap(c -> c.module(moduleKey)).map(ModuleOutline::titles).orElse(Map.of()));
    }

    private Target quiz(String quizAddress) {
        String[] parts = quizAddress.split("/", 3);
        Map<Language, String> titles = catalog.course(parts[0]).flatMap(c -> c.module(parts[1]))
                .flatMap(m -> m.quizzes().stream().filter(q -> q.key().equals(parts[2])).findFirst())
                .map(CourseOutline.QuizLink::titles).orElse(Map.of());
        return new Target(factory.quizIri(quizAddress), XapiProfile.ASSESSMENT, titles);
    }
}
