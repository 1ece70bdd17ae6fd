package org.collabacademy.forum;

/** How closely someone follows a place or thread. */
public enum Level {
    /** Every new post. */
    WATCHING,
    /** Replies to their threads, quotes and mentions of them (the default). */
    TRACKING,
    /** Nothing at all. */
    MUTED
}
