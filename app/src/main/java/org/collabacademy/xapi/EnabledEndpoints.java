package org.collabacademy.xapi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The ids of the enabled endpoints, looked up at most every few seconds rather than for every statement.
 * This node forgets them at once when an administrator changes an endpoint here; other nodes within seconds.
 */
@Component
class EnabledEndpoints {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final LrsEndpointRepository endpoints;
    private final Clock clock;
    private volatile List<Long> ids = List.of();
    private volatile Instant readAt = Instant.EPOCH;

    EnabledEndpoints(LrsEndpointRepository endpoints, Clock clock) {
        this.endpoints = endpoints;
        this.clock = clock;
    }

    List<Long> ids() {
        Instant now = clock.instant();
        if (now.isAfter(readAt.plus(FRESH_FOR)) || now.isBefore(readAt)) {
            ids = endpoints.findByEnabledTrue().stream().map(LrsEndpoint::id).toList();
            readAt = now;
        }
        return ids;
    }

    void forget() {
        readAt = Instant.EPOCH;
    }
}
