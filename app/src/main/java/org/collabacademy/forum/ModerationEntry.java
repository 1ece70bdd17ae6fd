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

/** One moderation action: who did what to which post, thread or member, when and why. Never changed. */
@Entity
@Table(name = "forum_moderation_log")
class ModerationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long placeId;

    private long moderatorId;

    @Enumerated(EnumType.STRING)
    private ModerationAction action;

    private String target;

    private String reason;

    private Instant at;

    protected ModerationEntry() {
        this.action = ModerationAction.HIDE;
        this.target = "";
        this.reason = "";
        this.at = Instant.EPOCH;
    }

    ModerationEntry(long placeId, long moderatorId, ModerationAction action, String target, String reason, Instant at) {
        this.placeId = placeId;
        this.moderatorId = moderatorId;
        this.action = action;
        this.target = target;
        this.reason = reason;
        this.at = at;
    }

    long placeId() {
        return placeId;
    }

    long moderatorId() {
        return moderatorId;
    }

    ModerationAction action() {
        return action;
    }

    String target() {
        return target;
    }

    String reason() {
        return reason;
    }

    Instant at() {
        return at;
    }
}
