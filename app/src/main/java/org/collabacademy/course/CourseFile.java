package org.collabacademy.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An image or attachment of the current content version of a course. */
@Entity
@Table(name = "course_file")
class CourseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_id")
    private long courseId;

    private String path;

    @Column(name = "content_type")
    private String contentType;

    private byte[] data;

    protected CourseFile() {
        this.path = "";
        this.contentType = "";
        this.data = new byte[0];
    }

    CourseFile(long courseId, String path, String contentType, byte[] data) {
        this.courseId = courseId;
        this.path = path;
        this.contentType = contentType;
        this.data = data;
    }

    String contentType() {
        return contentType;
    }

    byte[] data() {
        return data;
    }
}
