package org.collabacademy.base;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person as every feature sees them: an id to key their records by and a name to show.
 * Implemented by the identity feature's principal, so that no feature needs to know how accounts work.
 */
public interface SignedIn {

    long userId();

    String displayName();

    String email();

    /** The firm the person works for, or "" when they did not say. */
    String organization();

    /** The person signed in on this thread, if any. */
    static Optional<SignedIn> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedIn user ? Optional.of(user) : Optional.empty();
    }
}
