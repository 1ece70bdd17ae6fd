package org.collabacademy.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A community of practice or a course board: where threads live. */
@Entity
@Table(name = "forum_place")
class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String placeKey;

    @Enumerated(EnumType.STRING)
    private PlaceKind kind;

    @Enumerated(EnumType.STRING)
    private PlaceCategory category;

    private String title;

    private String description;

    private @Nullable String courseKey;

    @Enumerated(EnumType.STRING)
    private PlaceAccess access;

    private Instant createdAt;

    protected Place() {
        this.placeKey = "";
        this.kind = PlaceKind.COMMUNITY;
        this.category = PlaceCategory.TOPIC;
        this.title = "";
        this.description = "";
        this.access = PlaceAccess.OPEN;
        this.createdAt = Instant.EPOCH;
    }

    Place(String placeKey, PlaceKind kind, PlaceCategory category, String title, String description, @Nullable String courseKey,
          PlaceAccess access, Instant createdAt) {
        this.placeKey = placeKey;
        this.kind = kind;
        this.category = category;
        this.title = title;
        this.description = description;
        this.courseKey = courseKey;
        this.access = access;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("place not saved yet");
        }
        return id;
    }

    String key() {
        return placeKey;
    }

    PlaceKind kind() {
        return kind;
    }

    PlaceCategory category() {
        return category;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    @Nullable String courseKey() {
        return courseKey;
    }

    PlaceAccess access() {
        return access;
    }

    void describe(String title, String description, PlaceCategory category, PlaceAccess access) {
        this.title = title;
        this.description = description;
        this.category = category;
        this.access = access;
    }

    void retitle(String title) {
        this.title = title;
    }

    PlaceSummary summary() {
        return new PlaceSummary(id(), placeKey, kind, category, title, description, courseKey, access);
    }
}
