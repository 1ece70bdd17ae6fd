package org.collabacademy.quiz;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A learner's collaboration profile, from their latest self-assessment with that purpose: which of the
 * five SME types their firm resembles and a 0-100 readiness score for each of the six prerequisites.
 */
public record CollaborationProfile(@Nullable String smeType, Map<String, Integer> scores, Instant takenAt) {
}
