package org.collabacademy.xapi;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The outbox row of one statement for one endpoint: retried with growing pauses until delivered. */
@Entity
@Table(name = "lrs_delivery")
class LrsDelivery implements Persistable<LrsDelivery.Key> {

    /** Rows are only ever inserted by the app: saving a new one must not look it up first. */
    @Transient
    private boolean isNew;


    @Embeddable
    record Key(@Column(name = "endpoint_id") long endpointId, @Column(name = "statement_id") UUID statementId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private @Nullable Instant claimedUntil;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "delivered_at")
    private @Nullable Instant deliveredAt;

    protected LrsDelivery() {
        this.key = new Key(0, new UUID(0, 0));
        this.nextAttemptAt = Instant.EPOCH;
    }

    LrsDelivery(long endpointId, UUID statementId, Instant due) {
        this.isNew = true;
        this.key = new Key(endpointId, statementId);
        this.nextAttemptAt = due;
    }

    UUID statementId() {
        return key.statementId();
    }

    DeliveryStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    @Nullable String lastError() {
        return lastError;
    }

    void delivered(Instant at) {
        status = DeliveryStatus.DELIVERED;
        deliveredAt = at;
        claimedUntil = null;
    }

    /** Exponential back-off: first, 2 × first, 4 × first … up to the cap. */
    void retryLater(String error, Instant now, Duration first, Duration cap) {
        attempts++;
        lastError = truncate(error);
        long factor = 1L << Math.min(20, attempts - 1);
        Duration pause = first.multipliedBy(factor);
        nextAttemptAt = now.plus(pause.compareTo(cap) > 0 ? cap : pause);
        claimedUntil = null;
    }

    void dead(String reason) {
        attempts++;
        status = DeliveryStatus.DEAD;
        lastError = truncate(reason);
        claimedUntil = null;
    }

    void retryNow(Instant now) {
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    void discard() {
        status = DeliveryStatus.DISCARDED;
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "…";
    }

    @Override
    public LrsDelivery.Key getId() {
        return key;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostPersist
    @PostLoad
    void markStored() {
        isNew = false;
    }
}
