package org.collabacademy.quiz;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The outcome of a submitted self-assessment: a profile and a score per dimension, with its date. */
@Entity
@Table(name = "assessment_result")
class AssessmentResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "attempt_id")
    private long attemptId;

    @Column(name = "learner_id")
    private long learnerId;

    @Column(name = "quiz_id")
    private long quizId;

    private String purpose;

    @Column(name = "profile_key")
    private @Nullable String profileKey;

    @Column(name = "taken_at")
    private Instant takenAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "result_id"))
    @MapKeyColumn(name = "dimension_key")
    @Column(name = "score")
    private Map<String, Integer> scores = new LinkedHashMap<>();

    protected AssessmentResult() {
        this.purpose = "";
        this.takenAt = Instant.EPOCH;
    }

    AssessmentResult(long attemptId, long learnerId, long quizId, String purpose, @Nullable String profileKey,
                     Map<String, Integer> scores, Instant takenAt) {
        this.attemptId = attemptId;
        this.learnerId = learnerId;
        this.quizId = quizId;
        this.purpose = purpose;
        this.profileKey = profileKey;
        this.scores.putAll(scores);
        this.takenAt = takenAt;
    }

    @Nullable String profileKey() {
        return profileKey;
    }

    Map<String, Integer> scores() {
        return scores;
    }

    Instant takenAt() {
        return takenAt;
    }
}
