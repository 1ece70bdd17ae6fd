package org.collabacademy.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.course.CourseOutline.ModuleOutline;
import org.jspecify.annotations.Nullable;

/** What the dashboards show, as plain records. */
public final class ProgressViews {

    private ProgressViews() {
    }

    /** One of the learner's courses on "My learning". */
    public record MyCourse(CourseOutline course, EnrolmentStatus status, int progressPercent, Instant enrolledAt,
                           @Nullable Instant completedAt, @Nullable Instant lastActivity, List<MyModule> modules,
                           @Nullable String continuePath) {

        public boolean completed() {
            return completedAt != null;
        }
    }

    public record MyModule(ModuleOutline module, int pagesRead, int pagesRequired, boolean quizNeeded, boolean quizPassed,
                           @Nullable Double bestScore, int attempts, @Nullable Instant completedAt) {

        public int percent() {
            int steps = pagesRequired + (quizNeeded ? 1 : 0);
            int done = pagesRead + (quizNeeded && quizPassed ? 1 : 0);
            return completedAt != null ? 100 : steps == 0 ? 0 : 100 * done / steps;
        }
    }

    /** A row of the trainer's learner table. */
    public record LearnerRow(long learnerId, String name, String email, String organization, EnrolmentStatus status,
                             int progressPercent, @Nullable Instant lastActivity, int quizAttempts, @Nullable Double bestScore,
                             Instant enrolledAt, @Nullable Instant completedAt) {
    }

    public enum StatusFilter { ALL, NOT_STARTED, IN_PROGRESS, COMPLETED, UNENROLLED }

    public record LearnerFilter(String organization, StatusFilter status) {

        public static LearnerFilter all() {
            return new LearnerFilter("", StatusFilter.ALL);
        }
    }

    public record EnrolmentResult(int enrolled, int alreadyEnrolled, List<String> unknown) {
    }

    /** How many learners started and completed a module, in course order. */
    public record FunnelStep(String moduleKey, Map<Language, String> titles, long started, long completed) {
    }

    public record Funnel(long enrolled, List<FunnelStep> steps) {
    }
}
