package org.collabacademy.progress;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.SignedIn;
import org.collabacademy.course.CourseCatalog;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.course.CourseOutline.ModuleOutline;
import org.collabacademy.course.CourseOutline.PageOutline;
import org.collabacademy.course.CourseReader;
import org.collabacademy.identity.AccountService;
import org.collabacademy.identity.UserSummary;
import org.collabacademy.progress.ProgressViews.EnrolmentResult;
import org.collabacademy.progress.ProgressViews.Funnel;
import org.collabacademy.progress.ProgressViews.FunnelStep;
import org.collabacademy.progress.ProgressViews.LearnerFilter;
import org.collabacademy.progress.ProgressViews.LearnerRow;
import org.collabacademy.progress.ProgressViews.MyCourse;
import org.collabacademy.progress.ProgressViews.MyModule;
import org.collabacademy.quiz.QuizStatistics;
import org.collabacademy.quiz.QuizStatistics.ItemAnalysis;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolments and the two dashboards. Learners see only themselves; trainers see only the courses that
 * name them in course.yaml; administrators see every course.
 */
@Service
@Transactional
public class Enrolments {

    /** The grid's sortable columns, mapped to the entity's fields. */
    private static final Set<String> SORTABLE = Set.of("learnerName", "organization", "status", "progressPercent",
            "lastActivityAt", "quizAttempts", "bestScore", "enrolledAt", "completedAt");

    private final EnrolmentRepository enrolments;
    private final ProgressRecorder recorder;
    private final CourseCatalog catalog;
    private final CourseReader reader;
    private final AccountService accounts;
    private final QuizStatistics statistics;

    Enrolments(EnrolmentRepository enrolments, ProgressRecorder recorder, CourseCatalog catalog, CourseReader reader,
               AccountService accounts, QuizStatistics statistics) {
        this.enrolments = enrolments;
        this.recorder = recorder;
        this.catalog = catalog;
        this.reader = reader;
        this.accounts = accounts;
        this.statistics = statistics;
    }

    /** "My learning": the signed-in learner's courses with progress per course and module. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyCourse> myCourses() {
        List<MyCourse> mine = new ArrayList<>();
        for (Enrolment enrolment : enrolments.findByLearnerIdOrderByEnrolledAtDesc(me().userId())) {
            catalog.course(enrolment.courseKey()).ifPresent(course -> mine.add(myCourse(enrolment, course)));
        }
        return mine;
    }

    /** The courses the signed-in learner is enrolled in now (course boards open to them). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<String> myActiveCourseKeys() {
        return Set.copyOf(enrolments.activeCourseKeys(me().userId()));
    }

    /**
     * Whether someone is enrolled in a course now: the forum asks before it notifies a person mentioned on
     * a course board. Says nothing but yes or no.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isEnrolled(long learnerId, String courseKey) {
        return enrolments.existsByLearnerIdAndCourseKeyAndStatus(learnerId, courseKey, EnrolmentStatus.ACTIVE);
    }

    /** Ends the learner's own enrolment; everything they did stays and returns if they enrol again. */
    @PreAuthorize("isAuthenticated()")
    public void unenrol(String courseKey) {
        enrolments.findByLearnerIdAndCourseKey(me().userId(), courseKey).ifPresent(Enrolment::unenrol);
    }

    @PreAuthorize("isAuthenticated()")
    public void enrolMe(String courseKey) {
        SignedIn me = me();
        catalog.course(courseKey).orElseThrow(() -> new InvalidInput("course", "progress.no-such-course"));
        recorder.enrol(me.userId(), courseKey, me.displayName(), me.email(), me.organization(), null);
    }

    /** The courses the signed-in trainer follows (every course for administrators). */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CourseOutline> coursesITrain() {
        return catalog.courses().stream().filter(this::trains).toList();
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public CourseOutline courseITrain(String courseKey) {
        return trained(courseKey);
    }

    /** Enrols the accounts of a pasted list of e-mails (separated by commas, semicolons, spaces or lines). */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public EnrolmentResult enrolByEmails(String courseKey, String pasted) {
        trained(courseKey);
        if (pasted.length() > 200_000) {
            throw new InvalidInput("emails", "progress.too-many-emails");
        }
        Set<String> emails = new LinkedHashSet<>(Arrays.stream(pasted.split("[\\s,;]+")).map(String::strip)
                .filter(e -> !e.isEmpty()).map(e -> e.toLowerCase(java.util.Locale.ROOT)).toList());
        if (emails.isEmpty()) {
            throw new InvalidInput("emails", "progress.no-emails");
        }
        Map<String, UserSummary> found = accounts.findByEmails(emails);
        List<String> unknown = emails.stream().filter(e -> !found.containsKey(e)).toList();
        return enrolAll(courseKey, found.values(), unknown);
    }

    /** Enrols everyone whose account names this organization. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public EnrolmentResult enrolOrganization(String courseKey, String organization) {
        trained(courseKey);
        List<UserSummary> members = accounts.membersOf(organization);
        if (members.isEmpty()) {
            throw new InvalidInput("organization", "progress.no-members");
        }
        return enrolAll(courseKey, members, List.of());
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<String> organizations() {
        return accounts.organizations();
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<LearnerRow> learners(String courseKey, LearnerFilter filter, Pageable page) {
        trained(courseKey);
        return enrolments.learners(courseKey, filter.organization(), filter.status().name(), sortable(page)).map(Enrolments::row);
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<String> learnerOrganizations(String courseKey) {
        trained(courseKey);
        return enrolments.organizations(courseKey);
    }

    /** The learner table as CSV (UTF-8, with a header row), filtered like the grid. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public String learnersCsv(String courseKey, LearnerFilter filter) {
        trained(courseKey);
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader("name", "email", "organization", "status",
                "progress_percent", "last_activity", "quiz_attempts", "best_score", "enrolled_at", "completed_at").get())) {
            Pageable page = PageRequest.of(0, 1000, Sort.by("learnerName"));
            Page<Enrolment> rows;
            do {
                rows = enrolments.learners(courseKey, filter.organization(), filter.status().name(), page);
                for (Enrolment e : rows) {
                    printer.printRecord(e.learnerName(), e.learnerEmail(), e.organization(), e.completedAt() != null ? "COMPLETED" : e.status(),
                            e.progressPercent(), e.lastActivityAt(), e.quizAttempts(), e.bestScore(), e.enrolledAt(), e.completedAt());
                }
                page = page.next();
            } while (rows.hasNext());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Funnel funnel(String courseKey) {
        CourseOutline course = trained(courseKey);
        Map<String, long[]> counts = new java.util.HashMap<>();
        for (Object[] row : enrolments.moduleCounts(courseKey)) {
            counts.put((String) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        List<FunnelStep> steps = course.modules().stream().map(module -> {
            long[] count = counts.getOrDefault(module.key(), new long[2]);
            return new FunnelStep(module.key(), module.titles(), count[0], count[1]);
        }).toList();
        return new Funnel(enrolments.countByCourseKeyAndStatus(courseKey, EnrolmentStatus.ACTIVE), steps);
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ItemAnalysis quizAnalysis(String courseKey, String moduleKey, String quizKey) {
        trained(courseKey);
        return statistics.analyse(courseKey, moduleKey, quizKey);
    }

    private EnrolmentResult enrolAll(String courseKey, java.util.Collection<UserSummary> learners, List<String> unknown) {
        long by = me().userId();
        int enrolled = 0;
        int already = 0;
        for (UserSummary learner : learners) {
            boolean wasActive = enrolments.findByLearnerIdAndCourseKey(learner.id(), courseKey)
                    .map(e -> e.status() == EnrolmentStatus.ACTIVE).orElse(false);
            if (wasActive) {
                already++;
            } else {
                recorder.enrol(learner.id(), courseKey, learner.displayName(), learner.email(), learner.organization(), by);
                enrolled++;
            }
        }
        return new EnrolmentResult(enrolled, already, unknown);
    }

    private MyCourse myCourse(Enrolment enrolment, CourseOutline course) {
        List<MyModule> modules = new ArrayList<>();
        for (ModuleOutline module : course.modules()) {
            Enrolment.ModuleState state = enrolment.modules().getOrDefault(module.key(), Enrolment.ModuleState.fresh());
            List<PageOutline> required = module.pages().stream().filter(PageOutline::required).toList();
            int read = (int) required.stream().filter(p -> enrolment.hasRead(module.key(), p.key())).count();
            modules.add(new MyModule(module, read, required.size(), module.gradedQuiz().isPresent(), state.quizPassed(),
                    state.bestScore(), state.attempts(), state.completedAt()));
        }
        String next = reader.continueAt(course.key()).map(CourseOutline.PageAddress::path).orElse(null);
        return new MyCourse(course, enrolment.status(), enrolment.progressPercent(), enrolment.enrolledAt(), enrolment.completedAt(),
                enrolment.lastActivityAt(), modules, next);
    }

    private static LearnerRow row(Enrolment e) {
        return new LearnerRow(e.learnerId(), e.learnerName(), e.learnerEmail(), e.organization(), e.status(), e.progressPercent(),
                e.lastActivityAt(), e.quizAttempts(), e.bestScore(), e.enrolledAt(), e.completedAt());
    }

    private static Pageable sortable(Pageable page) {
        for (Sort.Order order : page.getSort()) {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new InvalidInput("sort", "progress.bad-sort");
            }
        }
        return page.getSort().isSorted() ? page : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("learnerName"));
    }

    private CourseOutline trained(String courseKey) {
        CourseOutline course = catalog.course(courseKey).orElseThrow(() -> new InvalidInput("course", "progress.no-such-course"));
        if (!trains(course)) {
            throw new AuthorizationDeniedException("Only the course's trainers and administrators see its learners");
        }
        return course;
    }

    private boolean trains(CourseOutline course) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = authentication != null && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        return admin || course.isTrainer(me().email());
    }

    private static SignedIn me() {
        return SignedIn.current().orElseThrow(() -> new AuthorizationDeniedException("No one is signed in"));
    }

}
