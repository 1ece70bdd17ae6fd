package org.collabacademy.progress;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The xAPI registration of a learner's enrolment, for the learning-record listeners that run after
 * progress in the same transaction. Not an application service: other features' code calls it, no view.
 */
@Component
public class Registrations {

    private final EnrolmentRepository enrolments;

    Registrations(EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
    }

    @Transactional(readOnly = true)
    public Optional<UUID> of(long learnerId, String courseKey) {
        return enrolments.findByLearnerIdAndCourseKey(learnerId, courseKey).map(Enrolment::registration);
    }
}
