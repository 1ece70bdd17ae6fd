package org.collabacademy.quiz;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuizRepository extends JpaRepository<Quiz, Long> {

    Optional<Quiz> findByAddress(String address);

    List<Quiz> findByCourseKeyAndRetiredFalse(String courseKey);
}

interface QuizVersionRepository extends JpaRepository<QuizVersion, QuizVersion.Key> {
}

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    @Query("select a from QuizAttempt a where a.quizId = :quizId and a.learnerId = :learnerId order by a.number")
    List<QuizAttempt> attemptsOf(long quizId, long learnerId);

    @Query("select a from QuizAttempt a where a.quizId = :quizId and a.status <> org.collabacademy.quiz.AttemptStatus.OPEN")
    List<QuizAttempt> closedAttemptsOf(long quizId);

    /**
     * Loads an attempt and holds its row until the transaction ends, so that saving an answer and closing
     * the attempt take turns: an answer is either saved before the close (and graded) or refused.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from QuizAttempt a where a.id = :id")
    Optional<QuizAttempt> lockById(long id);

    @Query("""
            select a.id from QuizAttempt a
            where a.status = org.collabacademy.quiz.AttemptStatus.OPEN and a.deadline is not null and a.deadline < :now
            order by a.deadline
            """)
    List<Long> overdueAt(Instant now);

    /**
     * Closes an open attempt; 0 when another request closed it first, so that it is graded only once. It
     * runs before the answers are read: the update waits for a save that holds the row, and a later save
     * finds the attempt closed, so the answers graded are exactly the answers accepted.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update QuizAttempt a set a.status = :status, a.closedAt = :at, a.version = a.version + 1
            where a.id = :id and a.status = org.collabacademy.quiz.AttemptStatus.OPEN
            """)
    int close(long id, AttemptStatus status, Instant at);

    /** Records the grade of an attempt this transaction has just closed. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update QuizAttempt a set a.score = :score, a.passed = :passed where a.id = :id")
    int grade(long id, double score, boolean passed);
}

interface QuizAnswerRepository extends JpaRepository<QuizAnswer, QuizAnswer.Key> {

    @Query("select a from QuizAnswer a where a.key.attemptId = :attemptId")
    List<QuizAnswer> answersOf(long attemptId);
}

interface AssessmentResultRepository extends JpaRepository<AssessmentResult, Long> {

    Optional<AssessmentResult> findFirstByLearnerIdAndPurposeOrderByTakenAtDesc(long learnerId, String purpose);

    Optional<AssessmentResult> findByAttemptId(long attemptId);
}
