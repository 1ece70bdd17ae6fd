package org.collabacademy.identity;

/** What a user may do. A user can hold several roles; every account is at least a learner. */
public enum Role {
    LEARNER,
    TRAINER,
    MODERATOR,
    ADMIN;

    /** The Spring Security authority name, as used in {@code hasRole(...)} and {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
