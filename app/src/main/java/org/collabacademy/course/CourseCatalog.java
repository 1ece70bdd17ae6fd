package org.collabacademy.course;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published courses, for everyone: visitors browse the catalog and course overviews without signing in. */
@Service
@Transactional(readOnly = true)
public class CourseCatalog {

    private final CourseRepository courses;
    private final CourseFileRepository files;
    private final Outlines outlines;

    CourseCatalog(CourseRepository courses, CourseFileRepository files, Outlines outlines) {
        this.courses = courses;
        this.files = files;
        this.outlines = outlines;
    }

    @PreAuthorize("permitAll()")
    public List<CourseOutline> courses() {
        return courses.findByRetiredFalseOrderByPosition().stream().map(outlines::of).filter(c -> !c.modules().isEmpty()).toList();
    }

    @PreAuthorize("permitAll()")
    public Optional<CourseOutline> course(String key) {
        return outlines.of(key);
    }

    /** A file of the course's current version (an image for a handout, the logo of a certificate); files are public anyway. */
    @PreAuthorize("permitAll()")
    public Optional<byte[]> file(String courseKey, String path) {
        return courses.findByKey(courseKey).filter(c -> !c.retired()).flatMap(c -> files.find(c.id(), path)).map(CourseFile::data);
    }
}
