package org.collabacademy.progress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByLearnerIdAndCourseKey(long learnerId, String courseKey);

    List<Enrolment> findByLearnerIdOrderByEnrolledAtDesc(long learnerId);

    List<Enrolment> findByCourseKeyAndStatus(String courseKey, EnrolmentStatus status);

    /** The trainer's table: filtered in the database, paged and sorted by the grid's columns. */
    @Query("""
            select e from Enrolment e
            where e.courseKey = :courseKey
              and (:organization = '' or e.organization = :organization)
              and (:status = 'ALL'
                   or (:status = 'UNENROLLED' and e.status = org.collabacademy.progress.EnrolmentStatus.UNENROLLED)
                   or (:status = 'COMPLETED' and e.completedAt is not null)
                   or (:status = 'IN_PROGRESS' and e.status = org.collabacademy.progress.EnrolmentStatus.ACTIVE
                       and e.completedAt is null and e.lastActivityAt is not null)
                   or (:status = 'NOT_STARTED' and e.status = org.collabacademy.progress.EnrolmentStatus.ACTIVE
                       and e.lastActivityAt is null))
            """)
    Page<Enrolment> learners(String courseKey, String organization, String status, Pageable pageable);

    /** Per module: how many active learners started it and how many completed it (one query, for the funnel). */
    @Query("""
            select key(m), count(value(m).startedAt), count(value(m).completedAt)
            from Enrolment e join e.modules m
            where e.courseKey = :courseKey and e.status = org.collabacademy.progress.EnrolmentStatus.ACTIVE
            group by key(m)
            """)
    List<Object[]> moduleCounts(String courseKey);

    long countByCourseKeyAndStatus(String courseKey, EnrolmentStatus status);

    @Query("select distinct e.organization from Enrolment e where e.courseKey = :courseKey and e.organization <> '' order by e.organization")
    List<String> organizations(String courseKey);

    @Query("select e.courseKey from Enrolment e where e.learnerId = :learnerId and e.status = org.collabacademy.progress.EnrolmentStatus.ACTIVE")
    List<String> activeCourseKeys(long learnerId);

    boolean existsByLearnerIdAndCourseKeyAndStatus(long learnerId, String courseKey, EnrolmentStatus status);
}
