package org.collabacademy.xapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A statement in the app's own store. Append-only: the JSON never changes after it is written (voiding,
 * by a later statement, only hides it from queries). {@link Immutable} makes Hibernate ignore changes to a
 * loaded statement and refuse update queries on it; the voided flag is set with plain SQL by the built-in LRS.
 */
@Entity
@Immutable
@Table(name = "xapi_statement")
class StoredStatement implements Persistable<UUID> {

    /** Rows are only ever inserted by the app: saving a new one must not look it up first. */
    @Transient
    private boolean isNew;


    @Id
    private UUID id;

    @Column(name = "stored_at")
    private Instant storedAt;

    @Column(name = "statement_timestamp")
    private Instant timestamp;

    @Column(name = "learner_id")
    private @Nullable Long learnerId;

    @Column(name = "course_key")
    private @Nullable String courseKey;

    private String verb;

    @Column(name = "activity_id")
    private String activityId;

    private @Nullable UUID registration;

    private boolean voided;

    private String statement;

    /** The name of the API client that sent it; null for the app's own statements. */
    private @Nullable String authority;

    protected StoredStatement() {
        this.id = new UUID(0, 0);
        this.storedAt = Instant.EPOCH;
        this.timestamp = Instant.EPOCH;
        this.verb = "";
        this.activityId = "";
        this.statement = "{}";
    }

    StoredStatement(UUID id, Instant storedAt, Instant timestamp, @Nullable Long learnerId, @Nullable String courseKey, String verb,
                    String activityId, @Nullable UUID registration, String statement) {
        this.isNew = true;
        this.id = id;
        this.storedAt = storedAt;
        this.timestamp = timestamp;
        this.learnerId = learnerId;
        this.courseKey = courseKey;
        this.verb = verb;
        this.activityId = activityId;
        this.registration = registration;
        this.statement = statement;
    }

    UUID id() {
        return id;
    }

    Instant storedAt() {
        return storedAt;
    }

    @Nullable String courseKey() {
        return courseKey;
    }

    String verb() {
        return verb;
    }

    String activityId() {
        return activityId;
    }

    @Nullable Long learnerId() {
        return learnerId;
    }

    String statement() {
        return statement;
    }

    StatementRecord record() {
        return new StatementRecord(id, storedAt, timestamp, learnerId, courseKey, verb, activityId, statement, authority);
    }

    @Override
    public UUID getId() {
        return id;
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
