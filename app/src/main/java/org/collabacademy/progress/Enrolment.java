package org.collabacademy.progress;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.course.CourseOutline.ModuleOutline;
import org.collabacademy.course.CourseOutline.PageOutline;
import org.jspecify.annotations.Nullable;

/**
 * A learner in a course: what they read, how their module quizzes went, and when modules and the course
 * were completed. Completions are never taken away, not even when the content changes.
 */
@Entity
@Table(name = "enrolment")
class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** The xAPI registration of this enrolment. */
    private UUID registration;

    @Column(name = "learner_id")
    private long learnerId;

    @Column(name = "course_key")
    private String courseKey;

    @Column(name = "learner_name")
    private String learnerName;

    @Column(name = "learner_email")
    private String learnerEmail;

    private String organization;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status = EnrolmentStatus.ACTIVE;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "enrolled_by")
    private @Nullable Long enrolledBy;

    @Column(name = "last_activity_at")
    private @Nullable Instant lastActivityAt;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    @Column(name = "progress_percent")
    private int progressPercent;

    @Column(name = "quiz_attempts")
    private int quizAttempts;

    @Column(name = "best_score")
    private @Nullable Double bestScore;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "progress_page", joinColumns = @JoinColumn(name = "enrolment_id"))
    private Set<PageDone> pages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "progress_module", joinColumns = @JoinColumn(name = "enrolment_id"))
    @MapKeyColumn(name = "module_key")
    private Map<String, ModuleState> modules = new HashMap<>();

    @Embeddable
    record PageDone(@Column(name = "module_key") String moduleKey, @Column(name = "page_key") String pageKey,
                    @Column(name = "read_at") Instant readAt) {

        boolean is(String module, String page) {
            return moduleKey.equals(module) && pageKey.equals(page);
        }
    }

    @Embeddable
    record ModuleState(@Column(name = "quiz_passed") boolean quizPassed, @Column(name = "best_score") @Nullable Double bestScore,
                       int attempts, @Column(name = "started_at") @Nullable Instant startedAt,
                       @Column(name = "completed_at") @Nullable Instant completedAt) {

        static ModuleState fresh() {
            return new ModuleState(false, null, 0, null, null);
        }
    }

    protected Enrolment() {
        this.registration = UUID.randomUUID();
        this.courseKey = "";
        this.learnerName = "";
        this.learnerEmail = "";
        this.organization = "";
        this.enrolledAt = Instant.EPOCH;
    }

    Enrolment(long learnerId, String courseKey, String learnerName, String learnerEmail, String organization,
              @Nullable Long enrolledBy, Instant at) {
        this.registration = UUID.randomUUID();
        this.learnerId = learnerId;
        this.courseKey = courseKey;
        this.learnerName = learnerName;
        this.learnerEmail = learnerEmail;
        this.organization = organization;
        this.enrolledBy = enrolledBy;
        this.enrolledAt = at;
    }

    UUID registration() {
        return registration;
    }

    long learnerId() {
        return learnerId;
    }

    String courseKey() {
        return courseKey;
    }

    String learnerName() {
        return learnerName;
    }

    String learnerEmail() {
        return learnerEmail;
    }

    String organization() {
        return organization;
    }

    EnrolmentStatus status() {
        return status;
    }

    Instant enrolledAt() {
        return enrolledAt;
    }

    @Nullable Instant lastActivityAt() {
        return lastActivityAt;
    }

    @Nullable Instant completedAt() {
        return completedAt;
    }

    int progressPercent() {
        return progressPercent;
    }

    int quizAttempts() {
        return quizAttempts;
    }

    @Nullable Double bestScore() {
        return bestScore;
    }

    boolean hasRead(String moduleKey, String pageKey) {
        return pages.stream().anyMatch(p -> p.is(moduleKey, pageKey));
    }

    Map<String, ModuleState> modules() {
        return modules;
    }

    /** Enrolling again (by oneself or a trainer) re-activates an ended enrolment with all its records. */
    void activate() {
        status = EnrolmentStatus.ACTIVE;
    }

    void unenrol() {
        status = EnrolmentStatus.UNENROLLED;
    }

    void read(String moduleKey, String pageKey, Instant at) {
        if (!hasRead(moduleKey, pageKey)) {
            pages.add(new PageDone(moduleKey, pageKey, at));
        }
        touch(moduleKey, at);
    }

    void quizClosed(String moduleKey, double score, boolean passed, Instant at) {
        ModuleState state = modules.getOrDefault(moduleKey, ModuleState.fresh());
        Double best = state.bestScore() == null ? score : Math.max(state.bestScore(), score);
        modules.put(moduleKey, new ModuleState(state.quizPassed() || passed, best, state.attempts() + 1,
                state.startedAt() == null ? at : state.startedAt(), state.completedAt()));
        quizAttempts++;
        bestScore = bestScore == null ? score : Math.max(bestScore, score);
        touch(moduleKey, at);
    }

    private void touch(String moduleKey, Instant at) {
        ModuleState state = modules.getOrDefault(moduleKey, ModuleState.fresh());
        if (state.startedAt() == null) {
            modules.put(moduleKey, new ModuleState(state.quizPassed(), state.bestScore(), state.attempts(), at, state.completedAt()));
        }
        lastActivityAt = at;
    }

    /** What an evaluation newly completed. */
    record Completions(List<String> modules, boolean course) {
    }

    /**
     * Applies the course's completion rules: a module is complete when its required pages are read and its
     * quiz (if any) is passed; the course when every module is. Completions already reached stay.
     */
    Completions evaluate(CourseOutline course, Instant at) {
        List<String> newlyCompleted = new ArrayList<>();
        int steps = 0;
        int done = 0;
        boolean allComplete = !course.modules().isEmpty();
        for (ModuleOutline module : course.modules()) {
            ModuleState state = modules.getOrDefault(module.key(), ModuleState.fresh());
            List<PageOutline> required = module.pages().stream().filter(PageOutline::required).toList();
            long read = required.stream().filter(p -> hasRead(module.key(), p.key())).count();
            boolean quizNeeded = module.gradedQuiz().isPresent();
            steps += required.size() + (quizNeeded ? 1 : 0);
            done += (int) read + (quizNeeded && state.quizPassed() ? 1 : 0);
            boolean complete = read == required.size() && (!quizNeeded || state.quizPassed());
            if (complete && state.completedAt() == null) {
                modules.put(module.key(), new ModuleState(state.quizPassed(), state.bestScore(), state.attempts(),
                        state.startedAt() == null ? at : state.startedAt(), at));
                newlyCompleted.add(module.key());
            }
            allComplete &= modules.getOrDefault(module.key(), ModuleState.fresh()).completedAt() != null;
        }
        progressPercent = completedAt != null ? 100 : steps == 0 ? 0 : (int) Math.floor(100.0 * done / steps);
        boolean courseNow = allComplete && completedAt == null;
        if (courseNow) {
            completedAt = at;
            progressPercent = 100;
        }
        return new Completions(newlyCompleted, courseNow);
    }
}
