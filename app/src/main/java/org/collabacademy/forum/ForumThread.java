package org.collabacademy.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A thread: its title and flags; its posts are numbered 1, 2, 3 … so that any stretch loads by number. */
@Entity
@Table(name = "forum_thread")
class ForumThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long placeId;

    private String title;

    private @Nullable Long authorId;

    private boolean question;

    private @Nullable String moduleKey;

    private boolean pinned;

    private boolean locked;

    private boolean hidden;

    private boolean wiki;

    private @Nullable Long answerPostId;

    private int postCount;

    private Instant createdAt;

    private Instant lastPostAt;

    @Version
    private long version;

    protected ForumThread() {
        this.title = "";
        this.createdAt = Instant.EPOCH;
        this.lastPostAt = Instant.EPOCH;
    }

    ForumThread(long placeId, String title, @Nullable Long authorId, boolean question, @Nullable String moduleKey, Instant createdAt) {
        this.placeId = placeId;
        this.title = title;
        this.authorId = authorId;
        this.question = question;
        this.moduleKey = moduleKey;
        this.createdAt = createdAt;
        this.lastPostAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("thread not saved yet");
        }
        return id;
    }

    long placeId() {
        return placeId;
    }

    String title() {
        return title;
    }

    @Nullable Long authorId() {
        return authorId;
    }

    boolean question() {
        return question;
    }

    @Nullable String moduleKey() {
        return moduleKey;
    }

    boolean pinned() {
        return pinned;
    }

    boolean locked() {
        return locked;
    }

    boolean hidden() {
        return hidden;
    }

    boolean wiki() {
        return wiki;
    }

    @Nullable Long answerPostId() {
        return answerPostId;
    }

    int postCount() {
        return postCount;
    }

    Instant lastPostAt() {
        return lastPostAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** The number the next post gets (the version check keeps two replies from taking the same one). */
    int nextNumber(Instant at) {
        postCount++;
        lastPostAt = at;
        return postCount;
    }

    void pin(boolean pinned) {
        this.pinned = pinned;
    }

    void lock(boolean locked) {
        this.locked = locked;
    }

    void hide(boolean hidden) {
        this.hidden = hidden;
    }

    void makeWiki() {
        this.wiki = true;
    }

    void answer(@Nullable Long postId) {
        this.answerPostId = postId;
    }

    void moveTo(long placeId) {
        this.placeId = placeId;
    }

    void retitle(String title) {
        this.title = title;
    }
}
