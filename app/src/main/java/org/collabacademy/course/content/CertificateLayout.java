package org.collabacademy.course.content;

import java.util.Map;
import org.collabacademy.base.Language;
import org.jspecify.annotations.Nullable;

/**
 * How a course's certificates look, from the {@code certificate:} section of course.yaml: who issues
 * them, who signs them, the accent colour and an optional logo (a PNG or JPEG of the course folder).
 */
public record CertificateLayout(Map<Language, String> issuer, String signer, Map<Language, String> signerTitle,
                                String color, @Nullable String logo) {

    public static final String DEFAULT_COLOR = "#1f5f8b";

    public static CertificateLayout defaults() {
        return new CertificateLayout(Map.of(), "", Map.of(), DEFAULT_COLOR, null);
    }
}
