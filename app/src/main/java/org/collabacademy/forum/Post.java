package org.collabacademy.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A post: the Markdown as written, the sanitized HTML shown, and plain text for search. Deleting is soft
 * (the place in the thread stays); hiding is for flags and moderators.
 */
@Entity
@Table(name = "forum_post")
class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long threadId;

    private int number;

    private @Nullable Long authorId;

    private String markdown;

    private String html;

    private String plainText;

    private Instant createdAt;

    private @Nullable Instant editedAt;

    private @Nullable Instant deletedAt;

    private boolean hidden;

    private int flagCount;

    @Version
    private long version;

    protected Post() {
        this.markdown = "";
        this.html = "";
        this.plainText = "";
        this.createdAt = Instant.EPOCH;
    }

    Post(long threadId, int number, @Nullable Long authorId, PostText.Rendered text, Instant createdAt) {
        this.threadId = threadId;
        this.number = number;
        this.authorId = authorId;
        this.markdown = text.markdown();
        this.html = text.html();
        this.plainText = text.plain();
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("post not saved yet");
        }
        return id;
    }

    long threadId() {
        return threadId;
    }

    int number() {
        return number;
    }

    @Nullable Long authorId() {
        return authorId;
    }

    String markdown() {
        return markdown;
    }

    String html() {
        return html;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant editedAt() {
        return editedAt;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    boolean hidden() {
        return hidden;
    }

    int flagCount() {
        return flagCount;
    }

    void edit(PostText.Rendered text, Instant at) {
        this.markdown = text.markdown();
        this.html = text.html();
        this.plainText = text.plain();
        this.editedAt = at;
    }

    void delete(Instant at) {
        this.deletedAt = at;
    }

    void hide(boolean hidden) {
        this.hidden = hidden;
    }

    void flagged(int flags) {
        this.flagCount = flags;
    }
}
