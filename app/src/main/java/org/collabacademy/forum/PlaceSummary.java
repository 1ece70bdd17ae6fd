package org.collabacademy.forum;

import org.jspecify.annotations.Nullable;

/** A community or course board as lists show it. */
public record PlaceSummary(long id, String key, PlaceKind kind, PlaceCategory category, String title, String description,
                           @Nullable String courseKey, PlaceAccess access) {
}
