package org.collabacademy.course;

import java.time.Instant;

/** A learner opened a page ({@code firstTime} when they had never read it). Published in the reading transaction. */
public record PageRead(long learnerId, String courseKey, String moduleKey, String pageKey, boolean firstTime, Instant at) {
}
