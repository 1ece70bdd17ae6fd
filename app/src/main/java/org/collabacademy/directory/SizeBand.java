package org.collabacademy.directory;

/** The EU size classes by staff headcount. */
public enum SizeBand {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE
}
