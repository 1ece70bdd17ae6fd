package org.collabacademy.course;

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

/** One published content version of a course: who, when, why, from where, and its whole folder as a zip. */
@Entity
@Table(name = "course_version")
class CourseVersion {

    /** Where a version came from: the content folder, or a trainer publishing in the app. */
    enum Source { FILES, APP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_id")
    private long courseId;

    private int version;

    @Enumerated(EnumType.STRING)
    private Source source;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    private String note;

    private byte[] archive;

    protected CourseVersion() {
        this.source = Source.FILES;
        this.publishedBy = "";
        this.publishedAt = Instant.EPOCH;
        this.note = "";
        this.archive = new byte[0];
    }

    CourseVersion(long courseId, int version, Release release, Instant at, byte[] archive) {
        this.courseId = courseId;
        this.version = version;
        this.source = release.source();
        this.publishedBy = release.by();
        this.publishedAt = at;
        this.note = release.note();
        this.archive = archive;
    }

    int version() {
        return version;
    }

    Source source() {
        return source;
    }

    String publishedBy() {
        return publishedBy;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    String note() {
        return note;
    }

    byte[] archive() {
        return archive;
    }

    /** Who releases a version and why; the content folder releases as "files". */
    record Release(Source source, String by, String note) {

        static final Release FROM_FILES = new Release(Source.FILES, "content folder", "");
    }
}
