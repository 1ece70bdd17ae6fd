package org.collabacademy.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An expression of interest from one organization in another's offer or search; names and contacts follow acceptance. */
@Entity
@Table(name = "partner_interest")
class Interest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long fromOrgId;
    private long fromUserId;
    private long toOrgId;
    private long entryId;
    private String message;

    @Enumerated(EnumType.STRING)
    private InterestStatus status;

    private Instant createdAt;
    private @Nullable Instant decidedAt;
    private @Nullable Long decidedBy;

    @Version
    private long version;

    protected Interest() {
        this.message = "";
        this.status = InterestStatus.SENT;
        this.createdAt = Instant.EPOCH;
    }

    Interest(long fromOrgId, long fromUserId, long toOrgId, long entryId, String message, Instant createdAt) {
        this.fromOrgId = fromOrgId;
        this.fromUserId = fromUserId;
        this.toOrgId = toOrgId;
        this.entryId = entryId;
        this.message = message;
        this.status = InterestStatus.SENT;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("interest not saved yet");
        }
        return id;
    }

    long fromOrgId() {
        return fromOrgId;
    }

    long fromUserId() {
        return fromUserId;
    }

    long toOrgId() {
        return toOrgId;
    }

    long entryId() {
        return entryId;
    }

    String message() {
        return message;
    }

    InterestStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant decidedAt() {
        return decidedAt;
    }

    void decide(InterestStatus decision, long by, Instant at) {
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** A new interest in the same entry after a decline or withdrawal starts over. */
    void renew(long fromUserId, String message, Instant at) {
        this.fromUserId = fromUserId;
        this.message = message;
        this.status = InterestStatus.SENT;
        this.createdAt = at;
        this.decidedAt = null;
        this.decidedBy = null;
    }
}
