package org.collabacademy.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** News for one person (an interest received, accepted, declined; a new match of a saved search), shown once in the app. */
@Entity
@Table(name = "directory_notice")
class DirectoryNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;
    private String message;
    private String argument;
    private String link;
    private Instant createdAt;
    private boolean shown;

    protected DirectoryNotice() {
        this.message = "";
        this.argument = "";
        this.link = "";
        this.createdAt = Instant.EPOCH;
    }

    DirectoryNotice(long userId, String message, String argument, String link, Instant createdAt) {
        this.userId = userId;
        this.message = message;
        this.argument = argument.length() > 200 ? argument.substring(0, 200) : argument;
        this.link = link;
        this.createdAt = createdAt;
    }

    long userId() {
        return userId;
    }

    String message() {
        return message;
    }

    String argument() {
        return argument;
    }

    String link() {
        return link;
    }

    void show() {
        this.shown = true;
    }
}
