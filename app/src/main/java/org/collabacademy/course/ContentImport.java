package org.collabacademy.course;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.collabacademy.course.ImportReport.CourseResult;
import org.collabacademy.course.ImportReport.Status;
import org.collabacademy.course.content.ContentFolder;
import org.collabacademy.course.content.ContentProblem;
import org.collabacademy.course.content.CourseFolder;
import org.collabacademy.course.content.ContentLinks;
import org.collabacademy.course.content.CourseContent;
import org.collabacademy.course.content.CourseReading;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports the content folder: at start and when an administrator asks. Every course is read and
 * checked before anything is written, and each course is written in its own transaction, so one
 * course's problems never block another.
 */
@Service
public class ContentImport {

    private final ContentSettings settings;
    private final CourseWriter writer;
    private final CourseRepository courses;
    private final Clock clock;
    private final AtomicReference<ImportReport> last = new AtomicReference<>(ImportReport.none());
    private final AtomicReference<List<CourseReading>> lastReadings = new AtomicReference<>(List.of());

    ContentImport(ContentSettings settings, CourseWriter writer, CourseRepository courses, Clock clock) {
        this.settings = settings;
        this.writer = writer;
        this.courses = courses;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport reimport() {
        return importAll();
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public ImportReport lastReport() {
        return last.get();
    }

    /** The valid part of a refused course (its modules before the first broken one), for trainers. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public Optional<CourseContent> preview(String folder) {
        return lastReadings.get().stream().filter(r -> r.folder().equals(folder))
                .map(r -> r.course() != null ? r.course() : r.preview())
                .filter(content -> content != null && !content.modules().isEmpty())
                .findFirst();
    }

    ImportReport importAll() {
        return importAll(settings.folder());
    }

    /** Imports {@code folder} as the whole of the file-based content: courses missing from it are retired. */
    synchronized ImportReport importAll(Path folder) {
        Instant now = clock.instant();
        List<CourseReading> readings = new ContentFolder(folder).readAll(this::linksFor);
        List<CourseResult> results = new ArrayList<>();
        Set<String> keptKeys = new HashSet<>();
        Set<String> keptFolders = new HashSet<>();
        int position = 0;
        for (CourseReading reading : readings) {
            keptFolders.add(reading.folder());
            if (reading.courseId() != null) {
                keptKeys.add(reading.courseId());
            }
            if (!reading.isValid()) {
                results.add(new CourseResult(reading.folder(), reading.courseId(), Status.REFUSED,
                        reading.courseId() == null ? 0 : courses.currentVersion(reading.courseId()).orElse(0), 0,
                        reading.problems(), reading.preview() != null && !reading.preview().modules().isEmpty()));
                continue;
            }
            CourseContent content = reading.course();
            Optional<Course> existing = courses.findByKey(content.id());
            if (existing.isPresent() && existing.get().editedInApp() && !existing.get().fingerprint().equals(content.fingerprint())) {
                // a trainer changed this course in the app: the files wait until a trainer has seen what they would change
                results.add(new CourseResult(reading.folder(), content.id(), Status.HELD, existing.get().contentVersion(), content.pageCount(), List.of(), true));
                position++;
                continue;
            }
            int version = writer.versionFor(content.id(), content.fingerprint());
            Status status = writer.write(content, version, position++, now, CourseVersion.Release.FROM_FILES);
            results.add(new CourseResult(reading.folder(), content.id(), status, version, content.pageCount(), List.of(), true));
        }
        for (Course course : courses.findByRetiredFalseOrderByPosition()) {
            // a course whose folder is gone is retired; one whose folder is only broken stays online; courses made in the app have no folder
            if (!course.editedInApp() && !keptKeys.contains(course.key()) && !keptFolders.contains(course.folder())
                    && writer.retireIfPresent(course.key(), now)) {
                results.add(new CourseResult(course.folder(), course.key(), Status.RETIRED, course.contentVersion(), 0, List.of(), false));
            }
        }
        ImportReport report = new ImportReport(now, folder.toString(), List.copyOf(results));
        last.set(report);
        lastReadings.set(readings);
        return report;
    }

    /** Whether the last import left this course's changed files waiting for a trainer (status HELD). */
    boolean held(String courseKey) {
        return last.get().courses().stream().anyMatch(c -> courseKey.equals(c.courseId()) && c.status() == Status.HELD);
    }

    /** The course as the content folder has it at the last import, when it was valid there. */
    Optional<CourseContent> fromFolder(String courseKey) {
        return lastReadings.get().stream().filter(r -> r.isValid() && courseKey.equals(r.courseId())).map(CourseReading::course).findFirst();
    }

    /**
     * Publishes a course held in memory (a trainer's draft, the folder's files a trainer accepted): read
     * and checked exactly as the folder import does, written as one new content version or not at all.
     */
    synchronized Publication publish(String courseKey, CourseFolder folder, CourseVersion.Release release) {
        CourseReading reading = folder.read(this::linksFor);
        if (!reading.isValid()) {
            return Publication.refused(reading.problems());
        }
        CourseContent content = reading.course();
        if (!content.id().equals(courseKey)) {
            return Publication.refused(List.of(new ContentProblem(folder.name() + "/course.yaml", 1,
                    "the course id is '" + content.id() + "' but this course is '" + courseKey + "'; ids never change")));
        }
        Optional<Course> existing = courses.findByKey(courseKey);
        int position = existing.map(Course::position).orElseGet(() -> 1000 + (int) courses.count());
        int version = writer.versionFor(courseKey, content.fingerprint());
        Status status = writer.write(content, version, position, clock.instant(), release);
        return new Publication(status == Status.UNCHANGED ? existing.map(Course::contentVersion).orElse(version) : version, status != Status.UNCHANGED, List.of());
    }

    private ContentLinks linksFor(String courseKey, String fingerprint) {
        return new ContentLinks(courseKey, writer.versionFor(courseKey, fingerprint));
    }

    static String summary(ImportReport report) {
        return Arrays.stream(Status.values())
                .map(status -> status.name().toLowerCase() + " " + report.courses().stream().filter(c -> c.status() == status).count())
                .collect(Collectors.joining(", "));
    }
}
