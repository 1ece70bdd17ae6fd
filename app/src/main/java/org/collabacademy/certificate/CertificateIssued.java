package org.collabacademy.certificate;

import java.time.Instant;

/** A certificate was issued (on completion, or re-issued by an administrator). */
public record CertificateIssued(long learnerId, String learnerName, String learnerEmail, String courseKey, String courseTitle, String code, String language,
                                Instant at) {
}
