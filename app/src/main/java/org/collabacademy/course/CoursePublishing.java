package org.collabacademy.course;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.collabacademy.course.content.ContentArchive;
import org.collabacademy.course.content.CourseContent;
import org.collabacademy.course.content.CourseFolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing courses that are not read from the content folder (drafts made in the app, uploaded zips)
 * and the history of every course's content versions. Publishing uses the importer's reading and
 * checks, so the app refuses exactly what {@code validate-content} refuses, with the same messages.
 * Whether a trainer may author a given course is decided by the caller (the authoring feature).
 */
@Service
public class CoursePublishing {

    private final ContentImport contentImport;
    private final CourseRepository courses;
    private final CourseVersionRepository versions;

    CoursePublishing(ContentImport contentImport, CourseRepository courses, CourseVersionRepository versions) {
        this.contentImport = contentImport;
        this.courses = courses;
        this.versions = versions;
    }

    /** A course as it stands online, for the list of courses a trainer may author. */
    public record PublishedCourse(String key, String folder, List<String> trainers, int version, String fingerprint, boolean editedInApp,
                                  boolean filesWaiting, boolean retired, Map<String, String> titlesByLanguageTag) {
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<PublishedCourse> courses() {
        return courses.findAll().stream().map(this::published).toList();
    }

    /** One course as it stands online (for the per-request checks of authoring, without reading every course). */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<PublishedCourse> course(String courseKey) {
        return courses.findByKey(courseKey).map(this::published);
    }

    private PublishedCourse published(Course c) {
        return new PublishedCourse(c.key(), c.folder(), c.trainers().isEmpty() ? List.of() : List.of(c.trainers().split(",")),
                c.contentVersion(), c.fingerprint(), c.editedInApp(), contentImport.held(c.key()), c.retired(), titles(c));
    }

    private static Map<String, String> titles(Course course) {
        Map<String, String> titles = new java.util.HashMap<>();
        course.texts().forEach((tag, text) -> titles.put(tag, text.title()));
        return titles;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public Publication publish(String courseKey, String folder, Map<String, byte[]> files, String by, String note) {
        return contentImport.publish(courseKey, CourseFolder.inMemory(folder, files), new CourseVersion.Release(CourseVersion.Source.APP, by, note));
    }

    /** The content folder's files for a course that waits (status HELD), or for any course the folder holds. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public Optional<Map<String, byte[]>> folderFiles(String courseKey) {
        return contentImport.fromFolder(courseKey).map(CourseContent::sources);
    }

    /** Takes the content folder's version of a course that was edited in the app; later imports follow the files again. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public Publication acceptFolder(String courseKey, String by) {
        CourseContent content = contentImport.fromFolder(courseKey)
                .orElseThrow(() -> new IllegalStateException("the content folder has no valid course " + courseKey));
        return contentImport.publish(courseKey, CourseFolder.inMemory(content.folder(), content.sources()),
                new CourseVersion.Release(CourseVersion.Source.FILES, by, "files accepted"));
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ContentVersion> history(String courseKey) {
        return courses.findByKey(courseKey).map(c -> versions.history(c.id())).orElse(List.of());
    }

    /** The files of one version; the latest when {@code version} is empty. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<ContentArchive.Unpacked> files(String courseKey, Optional<Integer> version) {
        return courses.findByKey(courseKey)
                .flatMap(c -> version.isPresent() ? versions.find(c.id(), version.get()) : versions.latest(c.id()))
                .map(v -> ContentArchive.unzip(courseKey + ".zip", v.archive()));
    }
}
