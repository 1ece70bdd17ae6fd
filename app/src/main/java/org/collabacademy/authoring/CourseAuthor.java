package org.collabacademy.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A trainer who may edit a course in the app: its owner (who manages co-authors) or a co-author. */
@Entity
@Table(name = "course_author")
class CourseAuthor {

    @Embeddable
    record Key(@Column(name = "course_key") String courseKey, @Column(name = "user_id") long userId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    private boolean owner;

    protected CourseAuthor() {
        this.key = new Key("", 0);
    }

    CourseAuthor(String courseKey, long userId, boolean owner) {
        this.key = new Key(courseKey, userId);
        this.owner = owner;
    }

    Key key() {
        return key;
    }

    boolean owner() {
        return owner;
    }
}
