package org.collabacademy.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The page a learner last opened in a course: where "continue" takes them. */
@Entity
@Table(name = "reading_position")
class ReadingPosition {

    @Embeddable
    record Key(@Column(name = "learner_id") long learnerId, @Column(name = "course_id") long courseId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "page_id")
    private long pageId;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ReadingPosition() {
        this.key = new Key(0, 0);
        this.updatedAt = Instant.EPOCH;
    }

    ReadingPosition(long learnerId, long courseId) {
        this.key = new Key(learnerId, courseId);
        this.updatedAt = Instant.EPOCH;
    }

    long pageId() {
        return pageId;
    }

    void moveTo(long pageId, Instant at) {
        this.pageId = pageId;
        this.updatedAt = at;
    }
}
