package org.collabacademy.course;

import java.time.Instant;

/** A published content version as trainers see it in a course's history. */
public record ContentVersion(int version, boolean inApp, String publishedBy, Instant publishedAt, String note) {
}
