package org.collabacademy.forum;

/** A community of practice, or the board of one course. */
public enum PlaceKind {
    COMMUNITY,
    COURSE_BOARD
}
