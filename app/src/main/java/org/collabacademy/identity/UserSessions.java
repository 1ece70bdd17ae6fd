package org.collabacademy.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Every open session of one person, on every device. Signing out ends them all (a shared or lost device
 * is signed out too), as does disabling the account; each ends at its next request.
 */
@Component
class UserSessions implements LogoutHandler {

    private final SessionRegistry sessions;

    UserSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    void endAll(String email) {
        sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof SignedInUser user && user.getUsername().equals(email))
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .forEach(SessionInformation::expireNow);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        if (authentication != null) {
            endAll(authentication.getName());
        }
    }
}
