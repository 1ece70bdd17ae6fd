package org.collabacademy.directory;

public enum MembershipStatus {
    /** Asked to join; the owner decides. */
    PENDING,
    MEMBER
}
