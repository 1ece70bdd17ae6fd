package org.collabacademy.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * That a post concerns someone, written in the post's own transaction (so none is lost), at most once per
 * person and post; also the e-mail's state, so that a restart neither loses nor repeats a mail.
 */
@Entity
@Table(name = "forum_notification")
class ForumNotification {

    enum EmailState {
        /** No e-mail for this one. */
        NONE,
        /** To be sent at once. */
        IMMEDIATE,
        /** Waits for the daily digest. */
        DIGEST,
        SENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;

    private long postId;

    private long threadId;

    private long placeId;

    @Enumerated(EnumType.STRING)
    private NotificationReason reason;

    private Instant createdAt;

    private @Nullable Instant readAt;

    @Enumerated(EnumType.STRING)
    private EmailState emailState;

    protected ForumNotification() {
        this.reason = NotificationReason.WATCHING;
        this.createdAt = Instant.EPOCH;
        this.emailState = EmailState.NONE;
    }

    ForumNotification(long userId, long postId, long threadId, long placeId, NotificationReason reason, EmailState emailState, Instant createdAt) {
        this.userId = userId;
        this.postId = postId;
        this.threadId = threadId;
        this.placeId = placeId;
        this.reason = reason;
        this.emailState = emailState;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("notification not saved yet");
        }
        return id;
    }

    long userId() {
        return userId;
    }

    long postId() {
        return postId;
    }

    long threadId() {
        return threadId;
    }

    long placeId() {
        return placeId;
    }

    NotificationReason reason() {
        return reason;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant readAt() {
        return readAt;
    }

    EmailState emailState() {
        return emailState;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void mailed() {
        this.emailState = EmailState.SENT;
    }
}
