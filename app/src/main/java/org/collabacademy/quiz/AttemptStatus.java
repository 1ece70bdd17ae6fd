package org.collabacademy.quiz;

/** Where an attempt stands. Only an open attempt accepts answers. */
public enum AttemptStatus {
    OPEN,
    SUBMITTED,
    /** Closed by the time limit, graded with the answers saved until then. */
    TIMED_OUT
}
