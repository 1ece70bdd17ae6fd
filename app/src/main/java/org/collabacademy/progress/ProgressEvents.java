package org.collabacademy.progress;

import java.time.Instant;
import java.util.UUID;

/** What progress tells others: completions, computed the moment the last condition is met. */
public final class ProgressEvents {

    private ProgressEvents() {
    }

    public record Enrolled(long learnerId, String courseKey, UUID registration, boolean bySomeoneElse, Instant at) {
    }

    public record ModuleCompleted(long learnerId, String courseKey, String moduleKey, UUID registration, Instant at) {
    }

    public record CourseCompleted(long learnerId, String learnerName, String learnerEmail, String courseKey, UUID registration, Instant at) {
    }
}
