package org.collabacademy.certificate;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    List<Certificate> findByLearnerIdOrderByIssuedAtDesc(long learnerId);

    List<Certificate> findByLearnerIdAndAnnouncedFalse(long learnerId);

    Optional<Certificate> findFirstByLearnerIdAndCourseKeyAndStatusOrderByIssuedAtDesc(long learnerId, String courseKey, CertificateStatus status);

    boolean existsByLearnerIdAndCourseKeyAndStatus(long learnerId, String courseKey, CertificateStatus status);

    @Query("""
            select c from Certificate c
            where lower(c.code) like lower(concat('%', :text, '%')) escape '\\'
               or lower(c.learnerName) like lower(concat('%', :text, '%')) escape '\\'
               or lower(c.courseTitle) like lower(concat('%', :text, '%')) escape '\\'
            """)
    Page<Certificate> search(String text, Pageable pageable);
}
