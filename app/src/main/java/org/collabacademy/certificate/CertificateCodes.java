package org.collabacademy.certificate;

import java.security.SecureRandom;

/** Verification codes: 12 random characters without look-alikes (no 0/O, 1/I/L), as XXXX-XXXX-XXXX. */
final class CertificateCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** What a person typed, normalized: upper case, dashes where they belong. */
    static String normalize(String typed) {
        String plain = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (plain.length() != 12) {
            return plain;
        }
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
    }
}
