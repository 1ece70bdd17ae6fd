package org.collabacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The throttle on its own, with a clock the test moves, so that waiting a minute takes no time. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void many_failures_from_one_address_slow_down_every_account_from_there_but_not_other_addresses() {
        for (int i = 0; i < SignInThrottle.ADDRESS_ATTEMPTS - 1; i++) {
            failed("person" + i + "@example.org", "10.0.0.1");
        }
        assertThat(throttle.secondsToWait("someone.else@example.org", "10.0.0.1")).isZero();

        failed("person-last@example.org", "10.0.0.1");

        // each of these accounts failed only once, so it is the address that waits
        assertThat(throttle.secondsToWait("someone.else@example.org", "10.0.0.1")).isBetween(1L, 10L);
        assertThat(throttle.secondsToWait("someone.else@example.org", "10.0.0.2")).isZero();
    }

    @Test
    void after_the_wait_an_address_may_try_again() {
        for (int i = 0; i < SignInThrottle.ADDRESS_ATTEMPTS; i++) {
            failed("person" + i + "@example.org", "10.0.0.3");
        }
        long wait = throttle.secondsToWait("me@example.org", "10.0.0.3");
        assertThat(wait).isPositive();

        clock.advance(Duration.ofSeconds(wait));

        assertThat(throttle.secondsToWait("me@example.org", "10.0.0.3")).isZero();
    }

    @Test
    void an_account_is_slowed_down_after_its_failures_and_never_locked_for_good() {
        for (int i = 0; i < SignInThrottle.ACCOUNT_ATTEMPTS; i++) {
            // from changing addresses, so only the account's own limit applies
            failed("Guessed@Example.org", "10.0.1." + i);
        }
        long wait = throttle.secondsToWait("guessed@example.org", "10.0.2.1");
        assertThat(wait).isBetween(1L, 60L);

        clock.advance(Duration.ofSeconds(wait));
        assertThat(throttle.secondsToWait("guessed@example.org", "10.0.2.1")).isZero();

        // the right password then signs in, which forgets the earlier failures
        throttle.succeeded(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                "guessed@example.org", null, List.of(new SimpleGrantedAuthority("ROLE_LEARNER")))));
        failed("guessed@example.org", "10.0.2.1");
        assertThat(throttle.secondsToWait("guessed@example.org", "10.0.2.1")).isZero();
    }

    private void failed(String email, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong");
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(attempt,
                new org.springframework.security.authentication.BadCredentialsException("wrong")));
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
