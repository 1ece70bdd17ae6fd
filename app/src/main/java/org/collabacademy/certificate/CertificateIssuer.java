package org.collabacademy.certificate;

import java.time.Clock;
import org.collabacademy.base.Language;
import org.collabacademy.base.LanguagePreferences;
import org.collabacademy.base.SignedIn;
import org.collabacademy.course.CourseCatalog;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.progress.ProgressEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Issues the certificate the moment a course is completed, in the completion's own transaction: no
 * scheduled job, no extra click. The course title is printed in the learner's language when the course
 * has it.
 */
@Component
class CertificateIssuer {

    private final CertificateRepository certificates;
    private final CourseCatalog catalog;
    private final LanguagePreferences languages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateIssuer(CertificateRepository certificates, CourseCatalog catalog, LanguagePreferences languages,
                      ApplicationEventPublisher events, Clock clock) {
        this.certificates = certificates;
        this.catalog = catalog;
        this.languages = languages;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Order(3)
    void on(ProgressEvents.CourseCompleted completed) {
        if (certificates.existsByLearnerIdAndCourseKeyAndStatus(completed.learnerId(), completed.courseKey(), CertificateStatus.VALID)) {
            return;
        }
        CourseOutline course = catalog.course(completed.courseKey()).orElse(null);
        if (course == null) {
            return;
        }
        boolean learnerIsHere = SignedIn.current().map(s -> s.userId() == completed.learnerId()).orElse(false);
        Language wanted = learnerIsHere ? languages.ofCurrentUser().orElse(course.defaultLanguage()) : course.defaultLanguage();
        Language language = course.titles().containsKey(wanted) ? wanted : course.defaultLanguage();
        Certificate certificate = certificates.save(new Certificate(CertificateCodes.next(), completed.learnerId(), completed.learnerName(),
                course.key(), course.title(language), language.tag(), completed.at(), clock.instant()));
        events.publishEvent(new CertificateIssued(completed.learnerId(), completed.learnerName(), completed.learnerEmail(), course.key(),
                certificate.courseTitle(), certificate.code(), language.tag(), certificate.issuedAt()));
    }
}
