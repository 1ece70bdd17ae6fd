package org.collabacademy.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person as the forum knows them: name, e-mail and language copied from their account at each visit, the
 * handle others type to mention them, and their default e-mail choice.
 */
@Entity
@Table(name = "forum_profile")
class ForumProfile {

    @Id
    private long userId;

    private String handle;

    private String displayName;

    private String email;

    private String language;

    @Enumerated(EnumType.STRING)
    private EmailMode emailDefault = EmailMode.DAILY;

    private int postCount;

    private Instant createdAt;

    protected ForumProfile() {
        this.handle = "";
        this.displayName = "";
        this.email = "";
        this.language = "en";
        this.createdAt = Instant.EPOCH;
    }

    ForumProfile(long userId, String handle, String displayName, String email, String language, Instant createdAt) {
        this.userId = userId;
        this.handle = handle;
        this.displayName = displayName;
        this.email = email;
        this.language = language;
        this.createdAt = createdAt;
    }

    long userId() {
        return userId;
    }

    String handle() {
        return handle;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    String language() {
        return language;
    }

    EmailMode emailDefault() {
        return emailDefault;
    }

    void emailDefault(EmailMode mode) {
        this.emailDefault = mode;
    }

    int postCount() {
        return postCount;
    }

    void countPost() {
        postCount++;
    }

    /** Keeps the copy current with the account (names and e-mails change). */
    void refresh(String displayName, String email, String language) {
        this.displayName = displayName;
        this.email = email;
        this.language = language;
    }
}
