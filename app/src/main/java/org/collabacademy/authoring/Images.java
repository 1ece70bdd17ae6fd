package org.collabacademy.authoring;

import java.util.Locale;
import java.util.Map;
import org.collabacademy.base.InvalidInput;

/**
 * Checks uploaded images on the server: the bytes must be the format the name claims (a renamed script
 * or document is refused), and the size within the limit. SVG is not accepted from uploads.
 */
final class Images {

    private static final Map<String, String> FORMAT_BY_EXTENSION = Map.of("png", "png", "jpg", "jpeg", "jpeg", "jpeg", "gif", "gif", "webp", "webp");

    private Images() {
    }

    /** A file name safe in a path and a URL: lower case letters, digits, hyphens, one extension. */
    static String safeName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = base.lastIndexOf('.');
        String extension = dot < 0 ? "" : base.substring(dot + 1);
        String stem = (dot < 0 ? base : base.substring(0, dot)).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (stem.isEmpty() ? "image" : stem) + "." + extension;
    }

    static void check(String name, byte[] bytes, int limit) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String claimed = FORMAT_BY_EXTENSION.get(extension);
        if (claimed == null) {
            throw new InvalidInput("file", "authoring.image-type", name);
        }
        if (bytes.length > limit) {
            throw new InvalidInput("file", "authoring.image-too-large", name, limit / (1024 * 1024));
        }
        if (!claimed.equals(formatOf(bytes))) {
            throw new InvalidInput("file", "authoring.image-fake", name);
        }
    }

    /** The format the first bytes announce (their "magic number"), or "" when none of ours. */
    static String formatOf(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "jpeg";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "gif";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "webp";
        }
        return "";
    }
}
