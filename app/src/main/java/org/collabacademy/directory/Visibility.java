package org.collabacademy.directory;

/** Who sees a profile: every signed-in user, the firm's own cluster, or everyone but without name and contacts. */
public enum Visibility {
    PUBLIC,
    CLUSTER,
    ANONYMOUS
}
