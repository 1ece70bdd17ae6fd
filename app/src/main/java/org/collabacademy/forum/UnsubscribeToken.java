package org.collabacademy.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The secret in an e-mail's unsubscribe link: whose e-mails, and for which place (none: the daily digest, all places). */
@Entity
@Table(name = "forum_unsubscribe")
class UnsubscribeToken {

    @Id
    private String token;

    private long userId;

    private @Nullable Long placeId;

    private Instant createdAt;

    protected UnsubscribeToken() {
        this.token = "";
        this.createdAt = Instant.EPOCH;
    }

    UnsubscribeToken(String token, long userId, @Nullable Long placeId, Instant createdAt) {
        this.token = token;
        this.userId = userId;
        this.placeId = placeId;
        this.createdAt = createdAt;
    }

    String token() {
        return token;
    }

    long userId() {
        return userId;
    }

    @Nullable Long placeId() {
        return placeId;
    }
}
