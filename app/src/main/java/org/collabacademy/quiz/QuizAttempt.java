package org.collabacademy.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One learner's attempt at one version of a quiz. The layout (which questions were drawn, in which
 * order, with which order of choices) is fixed at the start, so a resumed attempt looks the same.
 */
@Entity
@Table(name = "quiz_attempt")
class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "quiz_id")
    private long quizId;

    @Column(name = "quiz_version")
    private int quizVersion;

    @Column(name = "learner_id")
    private long learnerId;

    private int number;

    @Enumerated(EnumType.STRING)
    private AttemptStatus status = AttemptStatus.OPEN;

    @Column(name = "started_at")
    private Instant startedAt;

    private @Nullable Instant deadline;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    private @Nullable Double score;

    private @Nullable Boolean passed;

    /** JSON of {@link Layout}. */
    private String layout;

    @Version
    private long version;

    protected QuizAttempt() {
        this.startedAt = Instant.EPOCH;
        this.layout = "{}";
    }

    QuizAttempt(long quizId, int quizVersion, long learnerId, int number, Instant startedAt, @Nullable Instant deadline, String layout) {
        this.quizId = quizId;
        this.quizVersion = quizVersion;
        this.learnerId = learnerId;
        this.number = number;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.layout = layout;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("attempt not saved yet");
        }
        return id;
    }

    long quizId() {
        return quizId;
    }

    int quizVersion() {
        return quizVersion;
    }

    long learnerId() {
        return learnerId;
    }

    int number() {
        return number;
    }

    AttemptStatus status() {
        return status;
    }

    Instant startedAt() {
        return startedAt;
    }

    @Nullable Instant deadline() {
        return deadline;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }

    @Nullable Double score() {
        return score;
    }

    boolean passed() {
        return Boolean.TRUE.equals(passed);
    }

    String layout() {
        return layout;
    }

    boolean isOpen() {
        return status == AttemptStatus.OPEN;
    }

    boolean isOverdue(Instant now) {
        return deadline != null && now.isAfter(deadline);
    }

    AttemptSummary summary() {
        return new AttemptSummary(id(), number, status, startedAt, deadline, closedAt, score, passed());
    }
}
