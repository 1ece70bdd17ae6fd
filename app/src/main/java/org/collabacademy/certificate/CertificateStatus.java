package org.collabacademy.certificate;

/** What the verification page says of a code. */
public enum CertificateStatus {
    VALID,
    REVOKED,
    /** Re-issued (for example after a name change) under a new code. */
    REPLACED,
    UNKNOWN
}
