package org.collabacademy.directory;

/** What a firm offers to partners, or seeks from them. */
public enum EntryKind {
    OFFER,
    SEEK
}
