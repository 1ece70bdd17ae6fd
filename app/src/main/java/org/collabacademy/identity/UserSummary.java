package org.collabacademy.identity;

import java.time.Instant;
import java.util.Set;

/** What the interface shows of an account; never the password hash. */
public record UserSummary(long id, String email, String displayName, String organization, Set<Role> roles, boolean enabled, Instant createdAt) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
