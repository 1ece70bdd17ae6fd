package org.collabacademy.xapi;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stored statement as the browser shows it, with its full JSON; {@code authority} is the API client that sent it (null: the app). */
public record StatementRecord(UUID id, Instant storedAt, Instant timestamp, @Nullable Long learnerId, @Nullable String courseKey,
                              String verb, String activityId, String json, @Nullable String authority) {

    /** The last part of the verb IRI, e.g. "passed". */
    public String verbName() {
        return verb.substring(verb.lastIndexOf('/') + 1);
    }
}
