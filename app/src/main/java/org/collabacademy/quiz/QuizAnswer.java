package org.collabacademy.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The last answer given to one question of an attempt, saved the moment it was given. */
@Entity
@Table(name = "quiz_answer")
class QuizAnswer {

    @Embeddable
    record Key(@Column(name = "attempt_id") long attemptId, @Column(name = "question_key") String questionKey) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    /** JSON array of the answer's values. */
    private String answer;

    @Column(name = "saved_at")
    private Instant savedAt;

    protected QuizAnswer() {
        this.key = new Key(0, "");
        this.answer = "[]";
        this.savedAt = Instant.EPOCH;
    }

    QuizAnswer(long attemptId, String questionKey, String answer, Instant savedAt) {
        this.key = new Key(attemptId, questionKey);
        this.answer = answer;
        this.savedAt = savedAt;
    }

    String questionKey() {
        return key.questionKey();
    }

    String answer() {
        return answer;
    }

    Instant savedAt() {
        return savedAt;
    }

    void replace(String answer, Instant at) {
        this.answer = answer;
        this.savedAt = at;
    }
}
