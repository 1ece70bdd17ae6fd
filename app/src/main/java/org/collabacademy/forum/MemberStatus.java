package org.collabacademy.forum;

public enum MemberStatus {
    /** Asked to join a members-only community; a moderator decides. */
    PENDING,
    MEMBER
}
