package org.collabacademy.certificate;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What the public verification page may say about a code: for an unknown code, nothing but that. */
public record Verification(CertificateStatus status, @Nullable String name, @Nullable String courseTitle,
                           @Nullable Instant completedAt, @Nullable Instant revokedAt) {

    static Verification unknown() {
        return new Verification(CertificateStatus.UNKNOWN, null, null, null, null);
    }
}
