package org.collabacademy.base;

import java.time.Instant;

/**
 * A learning record about one of the app's learners arrived from outside (a client of the built-in LRS),
 * naming {@code verb} and {@code activityId} as IRIs. Published in the transaction that stored it, so
 * that features can count it where the activity is one of theirs (a page read, say).
 */
public record LearningRecordReceived(long learnerId, String verb, String activityId, Instant at) {
}
