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

/** Someone's place in a community: a join request, a member, a community moderator; perhaps muted for a while. */
@Entity
@Table(name = "forum_member")
class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long placeId;

    private long userId;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    private boolean moderator;

    private @Nullable Instant mutedUntil;

    private Instant since;

    protected Member() {
        this.status = MemberStatus.PENDING;
        this.since = Instant.EPOCH;
    }

    Member(long placeId, long userId, MemberStatus status, Instant since) {
        this.placeId = placeId;
        this.userId = userId;
        this.status = status;
        this.since = since;
    }

    long placeId() {
        return placeId;
    }

    long userId() {
        return userId;
    }

    MemberStatus status() {
        return status;
    }

    boolean isMember() {
        return status == MemberStatus.MEMBER;
    }

    boolean moderator() {
        return moderator;
    }

    void makeModerator(boolean moderator) {
        this.moderator = moderator;
    }

    void admit(Instant at) {
        this.status = MemberStatus.MEMBER;
        this.since = at;
    }

    Instant since() {
        return since;
    }

    @Nullable Instant mutedUntil() {
        return mutedUntil;
    }

    boolean isMuted(Instant now) {
        return mutedUntil != null && mutedUntil.isAfter(now);
    }

    void muteUntil(@Nullable Instant until) {
        this.mutedUntil = until;
    }
}
