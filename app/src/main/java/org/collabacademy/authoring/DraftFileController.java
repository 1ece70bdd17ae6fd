package org.collabacademy.authoring;

import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a draft's images to its authors at {@code /authoring/files/<course>/<path>}, so that the preview
 * shows them before they are published. Never cached (drafts change); never sniffed; no scripts run.
 */
@RestController
class DraftFileController {

    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "gif", "image/gif", "webp", "image/webp", "svg", "image/svg+xml");

    private final Authoring authoring;

    DraftFileController(Authoring authoring) {
        this.authoring = authoring;
    }

    @GetMapping("/authoring/files/{courseKey}/{*path}")
    ResponseEntity<byte[]> file(@PathVariable String courseKey, @PathVariable String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        String extension = relative.substring(relative.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null) {
            return ResponseEntity.notFound().build();
        }
        try {
            return authoring.file(courseKey, relative).map(bytes -> ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(type))
                    .cacheControl(CacheControl.noStore())
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                    .body(bytes)).orElseGet(() -> ResponseEntity.notFound().build());
        } catch (AuthorizationDeniedException notAnAuthor) {
            return ResponseEntity.notFound().build();
        }
    }
}
