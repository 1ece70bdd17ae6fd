package org.collabacademy.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A search someone keeps: they hear of every new or changed profile that matches it. */
@Entity
@Table(name = "saved_search")
class SavedSearch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;
    private String name;
    private String criteria;
    private Instant createdAt;

    protected SavedSearch() {
        this.name = "";
        this.criteria = "";
        this.createdAt = Instant.EPOCH;
    }

    SavedSearch(long userId, String name, String criteria, Instant createdAt) {
        this.userId = userId;
        this.name = name;
        this.criteria = criteria;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("search not saved yet");
        }
        return id;
    }

    long userId() {
        return userId;
    }

    String name() {
        return name;
    }

    String criteria() {
        return criteria;
    }
}
