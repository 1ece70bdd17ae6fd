package org.collabacademy.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One version of a quiz's definition, as JSON. Never changed once written. */
@Entity
@Table(name = "quiz_version")
class QuizVersion {

    @Embeddable
    record Key(@Column(name = "quiz_id") long quizId, int version) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    private String definition;

    @Column(name = "created_at")
    private Instant createdAt;

    protected QuizVersion() {
        this.key = new Key(0, 0);
        this.definition = "";
        this.createdAt = Instant.EPOCH;
    }

    QuizVersion(long quizId, int version, String definition, Instant createdAt) {
        this.key = new Key(quizId, version);
        this.definition = definition;
        this.createdAt = createdAt;
    }

    String definition() {
        return definition;
    }
}
