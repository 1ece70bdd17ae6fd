package org.collabacademy.progress;

import java.time.Clock;
import java.time.Instant;
import org.collabacademy.base.SignedIn;
import org.collabacademy.course.CourseCatalog;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.course.CoursePublished;
import org.collabacademy.course.PageRead;
import org.collabacademy.quiz.QuizEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps progress from the course and quiz events, inside the transaction that caused them: a learner
 * who starts reading or takes a quiz is enrolled (self-enrolment), and completion is evaluated at once.
 * Runs before the learning-record listeners, which need the enrolment.
 */
@Component
class ProgressRecorder {

    private final EnrolmentRepository enrolments;
    private final CourseCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressRecorder(EnrolmentRepository enrolments, CourseCatalog catalog, ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Order(1)
    void on(PageRead read) {
        Enrolment enrolment = enrolmentOfCurrentLearner(read.learnerId(), read.courseKey());
        enrolment.read(read.moduleKey(), read.pageKey(), read.at());
        evaluate(enrolment);
    }

    @EventListener
    @Order(1)
    void on(QuizEvents.AttemptStarted started) {
        enrolmentOfCurrentLearner(started.learnerId(), started.courseKey());
    }

    @EventListener
    @Order(1)
    void on(QuizEvents.AttemptSubmitted submitted) {
        if (!submitted.graded()) {
            return;
        }
        Enrolment enrolment = enrolmentOfCurrentLearner(submitted.learnerId(), submitted.courseKey());
        enrolment.quizClosed(submitted.moduleKey(), submitted.score(), submitted.passed(), submitted.at());
        evaluate(enrolment);
    }

    /** New content may complete modules (a removed page was the last one missing); it never un-completes. */
    @EventListener
    @Order(1)
    void on(CoursePublished published) {
        for (Enrolment enrolment : enrolments.findByCourseKeyAndStatus(published.courseKey(), EnrolmentStatus.ACTIVE)) {
            evaluate(enrolment);
        }
    }

    Enrolment enrol(long learnerId, String courseKey, String name, String email, String organization, Long by) {
        Instant now = clock.instant();
        Enrolment enrolment = enrolments.findByLearnerIdAndCourseKey(learnerId, courseKey).orElse(null);
        if (enrolment == null) {
            enrolment = enrolments.save(new Enrolment(learnerId, courseKey, name, email, organization, by, now));
            events.publishEvent(new ProgressEvents.Enrolled(learnerId, courseKey, enrolment.registration(), by != null, now));
        } else if (enrolment.status() != EnrolmentStatus.ACTIVE) {
            enrolment.activate();
            events.publishEvent(new ProgressEvents.Enrolled(learnerId, courseKey, enrolment.registration(), by != null, now));
        }
        return enrolment;
    }

    private Enrolment enrolmentOfCurrentLearner(long learnerId, String courseKey) {
        SignedIn learner = SignedIn.current().filter(s -> s.userId() == learnerId).orElse(null);
        return enrol(learnerId, courseKey, learner == null ? "" : learner.displayName(), learner == null ? "" : learner.email(),
                learner == null ? "" : learner.organization(), null);
    }

    private void evaluate(Enrolment enrolment) {
        CourseOutline course = catalog.course(enrolment.courseKey()).orElse(null);
        if (course == null) {
            return;
        }
        Instant now = clock.instant();
        Enrolment.Completions completions = enrolment.evaluate(course, now);
        for (String module : completions.modules()) {
            events.publishEvent(new ProgressEvents.ModuleCompleted(enrolment.learnerId(), enrolment.courseKey(), module, enrolment.registration(), now));
        }
        if (completions.course()) {
            events.publishEvent(new ProgressEvents.CourseCompleted(enrolment.learnerId(), enrolment.learnerName(), enrolment.learnerEmail(), enrolment.courseKey(),
                    enrolment.registration(), now));
        }
    }
}
