package org.collabacademy.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
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

    /** Closes an open attempt; 0 when another request closed it first, so that it is graded only once. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update QuizAttempt a set a.status = :status, a.closedAt = :at, a.score = :score, a.passed = :passed, a.version = a.version + 1
            where a.id = :id and a.status = org.collabacademy.quiz.AttemptStatus.OPEN
            """)
    int close(long id, AttemptStatus status, Instant at, double score, boolean passed);
}

interface QuizAnswerRepository extends JpaRepository<QuizAnswer, QuizAnswer.Key> {

    @Query("select a from QuizAnswer a where a.key.attemptId = :attemptId")
    List<QuizAnswer> answersOf(long attemptId);
}

interface AssessmentResultRepository extends JpaRepository<AssessmentResult, Long> {

    Optional<AssessmentResult> findFirstByLearnerIdAndPurposeOrderByTakenAtDesc(long learnerId, String purpose);

    Optional<AssessmentResult> findByAttemptId(long attemptId);
}
