package org.collabacademy.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A member's report that a post needs a moderator's eye, with their reason; one per member and post. */
@Entity
@Table(name = "forum_flag")
class Flag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long postId;

    private long userId;

    private String reason;

    private Instant createdAt;

    private @Nullable Instant resolvedAt;

    protected Flag() {
        this.reason = "";
        this.createdAt = Instant.EPOCH;
    }

    Flag(long postId, long userId, String reason, Instant createdAt) {
        this.postId = postId;
        this.userId = userId;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    long postId() {
        return postId;
    }

    long userId() {
        return userId;
    }

    String reason() {
        return reason;
    }

    Instant createdAt() {
        return createdAt;
    }

    void resolve(Instant at) {
        this.resolvedAt = at;
    }
}
