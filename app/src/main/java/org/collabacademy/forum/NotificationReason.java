package org.collabacademy.forum;

/** Why someone was notified of a post (one notification per person and post, the strongest reason). */
public enum NotificationReason {
    MENTION,
    REPLY,
    WATCHING
}
