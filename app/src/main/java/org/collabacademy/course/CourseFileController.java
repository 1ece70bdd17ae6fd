package org.collabacademy.course;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves course images and attachments at {@code /content/<course>/<version>/<path>}. The content
 * version in the address makes each response cacheable forever; an old version redirects to the current
 * one. Files are never interpreted: no sniffing, scripts in SVG cannot run, attachments download.
 */
@RestController
class CourseFileController {

    private final CourseRepository courses;
    private final CourseFileRepository files;

    CourseFileController(CourseRepository courses, CourseFileRepository files) {
        this.courses = courses;
        this.files = files;
    }

    @GetMapping("/content/{courseKey}/{version}/{*path}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> file(@PathVariable String courseKey, @PathVariable String version, @PathVariable String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return courses.findByKey(courseKey).filter(c -> !c.retired()).map(course -> {
            if (!String.valueOf(course.contentVersion()).equals(version)) {
                return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                        .header(HttpHeaders.LOCATION, "/content/" + courseKey + "/" + course.contentVersion() + "/" + relative)
                        .<byte[]>build();
            }
            return files.find(course.id(), relative).map(file -> {
                MediaType type = MediaType.parseMediaType(file.contentType());
                ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                        .contentType(type)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
                if (!file.contentType().startsWith("image/")) {
                    String name = relative.substring(relative.lastIndexOf('/') + 1);
                    response.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString());
                }
                return response.body(file.data());
            }).orElseGet(() -> ResponseEntity.notFound().build());
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
