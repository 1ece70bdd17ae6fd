package org.collabacademy.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The outbox row's back-off, without a database. */
class LrsDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void each_failure_doubles_the_pause_from_five_seconds_up_to_ten_minutes() {
        LrsDelivery delivery = new LrsDelivery(1, UUID.randomUUID(), NOW);
        List<Duration> pauses = new ArrayList<>();
        for (int failure = 0; failure < 10; failure++) {
            delivery.retryLater("HTTP 503", NOW, Duration.ofSeconds(5), Duration.ofMinutes(10));
            pauses.add(Duration.between(NOW, (Instant) ReflectionTestUtils.getField(delivery, "nextAttemptAt")));
        }
        assertThat(pauses).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                Duration.ofSeconds(80), Duration.ofSeconds(160), Duration.ofSeconds(320), Duration.ofMinutes(10), Duration.ofMinutes(10),
                Duration.ofMinutes(10));
        assertThat(delivery.attempts()).isEqualTo(10);
        assertThat(delivery.lastError()).isEqualTo("HTTP 503");
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void the_pause_stays_at_the_cap_after_very_many_failures() {
        LrsDelivery delivery = new LrsDelivery(1, UUID.randomUUID(), NOW);
        for (int failure = 0; failure < 100; failure++) {
            delivery.retryLater("timeout", NOW, Duration.ofSeconds(5), Duration.ofMinutes(10));
        }
        assertThat(ReflectionTestUtils.getField(delivery, "nextAttemptAt")).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    }

    @Test
    void a_dead_letter_retried_now_is_pending_again_from_the_first_pause() {
        LrsDelivery delivery = new LrsDelivery(1, UUID.randomUUID(), NOW);
        delivery.dead("HTTP 400: bad");
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DEAD);
        delivery.retryNow(NOW);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        delivery.retryLater("HTTP 503", NOW, Duration.ofSeconds(5), Duration.ofMinutes(10));
        assertThat(ReflectionTestUtils.getField(delivery, "nextAttemptAt")).isEqualTo(NOW.plusSeconds(5));
    }
}
