package org.collabacademy.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few failed sign-ins for one account, or many from one address,
 * further attempts wait until a token refills. Nothing is locked for good: the wait is at most a minute
 * or two, and a correct password after the wait signs in as usual.
 */
@Component
class SignInThrottle {

    /** Failed attempts allowed per account before waiting; then one more per minute. */
    static final int ACCOUNT_ATTEMPTS = 5;
    /** Failed attempts allowed per client address (many users may share an office address). */
    static final int ADDRESS_ATTEMPTS = 30;

    private final Cache<String, Bucket> byAccount = newCache();
    private final Cache<String, Bucket> byAddress = newCache();
    private final TimeMeter time;

    /** The buckets refill by the application clock, so that tests can move time instead of waiting a minute. */
    SignInThrottle(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    private static Cache<String, Bucket> newCache() {
        return Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(100_000).build();
    }

    /** Seconds to wait before the next attempt may be made, or 0 when it may be made now. */
    long secondsToWait(String email, String address) {
        long account = waitOf(byAccount.getIfPresent(key(email)));
        long client = waitOf(byAddress.getIfPresent(address));
        return Math.max(account, client);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        byAccount.get(key(event.getAuthentication().getName()), k -> bucket(ACCOUNT_ATTEMPTS, Duration.ofMinutes(1))).tryConsume(1);
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            byAddress.get(details.getRemoteAddress(), k -> bucket(ADDRESS_ATTEMPTS, Duration.ofSeconds(10))).tryConsume(1);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        byAccount.invalidate(key(event.getAuthentication().getName()));
    }

    private static long waitOf(Bucket bucket) {
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return 0;
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Math.max(1, Duration.ofNanos(nanos).toSeconds());
    }

    private Bucket bucket(int capacity, Duration oneTokenEvery) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(1, oneTokenEvery).build())
                .withCustomTimePrecision(time)
                .build();
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
