package org.collabacademy.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** That a learner has read a page, and when first. Kept across content versions while the page exists. */
@Entity
@Table(name = "page_reading")
class Reading {

    @Embeddable
    record Key(@Column(name = "learner_id") long learnerId, @Column(name = "page_id") long pageId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "first_read_at")
    private Instant firstReadAt;

    protected Reading() {
        this.key = new Key(0, 0);
        this.firstReadAt = Instant.EPOCH;
    }

    Reading(long learnerId, long pageId, Instant at) {
        this.key = new Key(learnerId, pageId);
        this.firstReadAt = at;
    }
}
