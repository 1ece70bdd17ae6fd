package org.collabacademy.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One person's choice for a place (threadId 0) or a thread (placeId 0): how closely to follow, and whether by e-mail. */
@Entity
@Table(name = "forum_subscription")
class Subscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;

    private long placeId;

    private long threadId;

    @Enumerated(EnumType.STRING)
    private Level level;

    @Enumerated(EnumType.STRING)
    private EmailMode email;

    protected Subscription() {
        this.level = Level.TRACKING;
        this.email = EmailMode.DAILY;
    }

    Subscription(long userId, long placeId, long threadId, Level level, EmailMode email) {
        this.userId = userId;
        this.placeId = placeId;
        this.threadId = threadId;
        this.level = level;
        this.email = email;
    }

    long userId() {
        return userId;
    }

    long placeId() {
        return placeId;
    }

    long threadId() {
        return threadId;
    }

    Level level() {
        return level;
    }

    EmailMode email() {
        return email;
    }

    void choose(Level level, EmailMode email) {
        this.level = level;
        this.email = email;
    }
}
