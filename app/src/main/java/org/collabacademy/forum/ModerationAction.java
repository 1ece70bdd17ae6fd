package org.collabacademy.forum;

/** What a moderator (or the flag threshold, or an author) did. */
public enum ModerationAction {
    HIDE,
    RESTORE,
    DELETE,
    AUTO_HIDE,
    DISMISS_FLAGS,
    LOCK,
    UNLOCK,
    PIN,
    UNPIN,
    MOVE,
    MUTE,
    UNMUTE,
    ADMIT,
    REJECT,
    WIKI,
    APPOINT,
    UNAPPOINT,
    EDIT
}
