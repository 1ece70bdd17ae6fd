package org.collabacademy.course;

import java.time.Instant;

/**
 * A learner read a page ({@code firstTime} when they had never read it): opened it in the reader, or
 * (when {@code reportedFromOutside}) sent a learning record saying so. Published in the reading transaction.
 */
public record PageRead(long learnerId, String courseKey, String moduleKey, String pageKey, boolean firstTime, Instant at,
                       boolean reportedFromOutside) {
}
