package org.collabacademy.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The text a post had before an edit: the edit history moderators see and the history of wiki posts. */
@Entity
@Table(name = "forum_post_revision")
class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long postId;

    private String markdown;

    private long editorId;

    private Instant editedAt;

    protected PostRevision() {
        this.markdown = "";
        this.editedAt = Instant.EPOCH;
    }

    PostRevision(long postId, String markdown, long editorId, Instant editedAt) {
        this.postId = postId;
        this.markdown = markdown;
        this.editorId = editorId;
        this.editedAt = editedAt;
    }

    String markdown() {
        return markdown;
    }

    long editorId() {
        return editorId;
    }

    Instant editedAt() {
        return editedAt;
    }
}
