package org.collabacademy.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person in an organization (everyone belongs to at most one); one member is its owner. */
@Entity
@Table(name = "organization_member")
class OrgMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long organizationId;
    private long userId;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    private boolean owner;
    private String name;
    private Instant since;

    protected OrgMember() {
        this.status = MembershipStatus.PENDING;
        this.name = "";
        this.since = Instant.EPOCH;
    }

    OrgMember(long organizationId, long userId, String name, MembershipStatus status, boolean owner, Instant since) {
        this.organizationId = organizationId;
        this.userId = userId;
        this.name = name;
        this.status = status;
        this.owner = owner;
        this.since = since;
    }

    long organizationId() {
        return organizationId;
    }

    long userId() {
        return userId;
    }

    MembershipStatus status() {
        return status;
    }

    boolean isMember() {
        return status == MembershipStatus.MEMBER;
    }

    boolean owner() {
        return owner;
    }

    String name() {
        return name;
    }

    Instant since() {
        return since;
    }

    void admit(Instant at) {
        this.status = MembershipStatus.MEMBER;
        this.since = at;
    }

    void makeOwner(boolean owner) {
        this.owner = owner;
    }
}
