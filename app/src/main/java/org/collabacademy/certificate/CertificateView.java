package org.collabacademy.certificate;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A certificate as lists show it. */
public record CertificateView(String code, String learnerName, String courseKey, String courseTitle, Instant completedAt,
                              Instant issuedAt, CertificateStatus status, @Nullable Instant revokedAt) {
}
