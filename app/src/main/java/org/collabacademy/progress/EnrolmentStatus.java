package org.collabacademy.progress;

/** An enrolment is active until the learner (or a trainer) ends it; its records stay either way. */
public enum EnrolmentStatus {
    ACTIVE,
    UNENROLLED
}
