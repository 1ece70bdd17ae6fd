package org.collabacademy.base;

/**
 * How many unread notifications the signed-in user has, shown as a badge in the top bar. Implemented by the
 * forum, so the shell shows the count without knowing where notifications come from.
 */
public interface NotificationCounter {

    long unreadForCurrentUser();

    /** Where the badge leads. */
    String path();
}
