package org.collabacademy.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A certificate as issued: everything printed on it is kept, so it can be downloaded again unchanged. */
@Entity
@Table(name = "certificate")
class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;

    @Column(name = "learner_id")
    private long learnerId;

    @Column(name = "learner_name")
    private String learnerName;

    @Column(name = "course_key")
    private String courseKey;

    @Column(name = "course_title")
    private String courseTitle;

    private String language;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Enumerated(EnumType.STRING)
    private CertificateStatus status = CertificateStatus.VALID;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "replaced_by")
    private @Nullable String replacedBy;

    private boolean announced;

    protected Certificate() {
        this.code = "";
        this.learnerName = "";
        this.courseKey = "";
        this.courseTitle = "";
        this.language = "en";
        this.completedAt = Instant.EPOCH;
        this.issuedAt = Instant.EPOCH;
    }

    Certificate(String code, long learnerId, String learnerName, String courseKey, String courseTitle, String language,
                Instant completedAt, Instant issuedAt) {
        this.code = code;
        this.learnerId = learnerId;
        this.learnerName = learnerName;
        this.courseKey = courseKey;
        this.courseTitle = courseTitle;
        this.language = language;
        this.completedAt = completedAt;
        this.issuedAt = issuedAt;
    }

    String code() {
        return code;
    }

    long learnerId() {
        return learnerId;
    }

    String learnerName() {
        return learnerName;
    }

    String courseKey() {
        return courseKey;
    }

    String courseTitle() {
        return courseTitle;
    }

    String language() {
        return language;
    }

    Instant completedAt() {
        return completedAt;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    CertificateStatus status() {
        return status;
    }

    @Nullable Instant revokedAt() {
        return revokedAt;
    }

    boolean announced() {
        return announced;
    }

    void announce() {
        announced = true;
    }

    void revoke(Instant at) {
        status = CertificateStatus.REVOKED;
        revokedAt = at;
    }

    void replaceWith(String newCode, Instant at) {
        status = CertificateStatus.REPLACED;
        replacedBy = newCode;
        revokedAt = at;
    }

    CertificateView view() {
        return new CertificateView(code, learnerName, courseKey, courseTitle, completedAt, issuedAt, status, revokedAt);
    }
}
