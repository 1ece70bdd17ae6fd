package org.collabacademy.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Stops a sign-in attempt before the password is checked when the throttle says to wait. */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && SecurityConfiguration.SIGN_IN_PATH.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("username");
        long wait = throttle.secondsToWait(email == null ? "" : email, request.getRemoteAddr());
        if (wait > 0) {
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN_PATH + "?wait=" + wait);
            return;
        }
        chain.doFilter(request, response);
    }
}
