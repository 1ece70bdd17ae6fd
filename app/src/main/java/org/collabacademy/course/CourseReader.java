package org.collabacademy.course;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.collabacademy.base.Language;
import org.collabacademy.base.SignedIn;
import org.collabacademy.course.CourseOutline.ModuleOutline;
import org.collabacademy.course.CourseOutline.PageAddress;
import org.collabacademy.course.CourseOutline.PageOutline;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.collabacademy.base.LearningRecordReceived;
import org.collabacademy.base.PublicUrl;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading pages: opening one records that the signed-in learner read it and where to continue.
 * Until enrolment exists (progress capability), every signed-in user may read every course.
 */
@Service
@Transactional
public class CourseReader {

    private final Outlines outlines;
    private final PageTextRepository texts;
    private final ReadingRepository readings;
    private final ReadingPositionRepository positions;
    private final PublicUrl publicUrl;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseReader(PublicUrl publicUrl, Outlines outlines, PageTextRepository texts, ReadingRepository readings, ReadingPositionRepository positions,
                 ApplicationEventPublisher events, Clock clock) {
        this.outlines = outlines;
        this.texts = texts;
        this.readings = readings;
        this.positions = positions;
        this.publicUrl = publicUrl;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a page (or the module's first page when {@code pageKey} is null) and records the reading. */
    @PreAuthorize("isAuthenticated()")
    public Optional<PageView> open(String courseKey, String moduleKey, @Nullable String pageKey, Language language) {
        Optional<CourseOutline> found = outlines.of(courseKey);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CourseOutline course = found.get();
        Optional<ModuleOutline> module = course.module(moduleKey);
        Optional<PageOutline> page = module.flatMap(m -> pageKey == null ? m.pages().stream().findFirst() : m.page(pageKey));
        if (page.isEmpty()) {
            return Optional.empty();
        }
        long learner = learner();
        boolean firstTime = record(learner, course, page.get());
        events.publishEvent(new PageRead(learner, course.key(), moduleKey, page.get().key(), firstTime, clock.instant(), false));

        boolean translated = texts.text(page.get().id(), language.tag()).isPresent();
        Language shownIn = translated ? language : course.defaultLanguage();
        CoursePage.PageText text = texts.text(page.get().id(), shownIn.tag())
                .or(() -> texts.text(page.get().id(), course.defaultLanguage().tag()))
                .orElseThrow(() -> new IllegalStateException("page " + page.get().key() + " has no text in its default language"));

        List<PageAddress> order = course.readingOrder();
        PageAddress here = new PageAddress(course.key(), moduleKey, page.get().key());
        int at = order.indexOf(here);
        return Optional.of(new PageView(course, module.get(), page.get(), shownIn, !translated, text.title(), text.html(),
                readPages(learner, course), at > 0 ? order.get(at - 1) : null, at + 1 < order.size() ? order.get(at + 1) : null));
    }

    /**
     * Counts a page as read because a learning record from outside says the learner experienced or
     * completed it (its activity IRI is the page's, see README "Learning records"). Not a user action:
     * no access rule but the learner named in the record, which the LRS checked.
     */
    @EventListener
    void on(LearningRecordReceived received) {
        if (!READ_VERBS.contains(received.verb())) {
            return;
        }
        java.util.regex.Matcher page = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(publicUrl.of("/xapi/activities/courses/"))
                + "([a-z0-9-]+)/modules/([a-z0-9-]+)/pages/([a-z0-9-]+)").matcher(received.activityId());
        if (!page.matches()) {
            return;
        }
        outlines.of(page.group(1)).ifPresent(course -> course.module(page.group(2)).flatMap(m -> m.page(page.group(3))).ifPresent(found -> {
            boolean firstTime = record(received.learnerId(), course, found);
            events.publishEvent(new PageRead(received.learnerId(), course.key(), page.group(2), found.key(), firstTime, received.at(), true));
        }));
    }

    private static final Set<String> READ_VERBS = Set.of("http://adlnet.gov/expapi/verbs/experienced", "http://adlnet.gov/expapi/verbs/completed");

    /** A page's text for print: in the wanted language when translated, else the course's default language. */
    public record PrintedPage(String title, String html, Language shownIn) {
    }

    /** Every page of a module, in order, for the printable handout. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PrintedPage> modulePages(String courseKey, String moduleKey, Language language) {
        CourseOutline course = outlines.of(courseKey).orElseThrow(() -> new org.collabacademy.base.InvalidInput("course", "progress.no-such-course"));
        ModuleOutline module = course.module(moduleKey).orElseThrow(() -> new org.collabacademy.base.InvalidInput("module", "progress.no-such-course"));
        return module.pages().stream().map(page -> texts.text(page.id(), language.tag())
                .map(text -> new PrintedPage(text.title(), text.html(), language))
                .or(() -> texts.text(page.id(), course.defaultLanguage().tag())
                        .map(text -> new PrintedPage(text.title(), text.html(), course.defaultLanguage())))
                .orElseThrow()).toList();
    }

    /** Where "continue" takes the learner: the page they last opened, else the course's first page. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PageAddress> continueAt(String courseKey) {
        return outlines.of(courseKey).flatMap(course -> positions.findById(new ReadingPosition.Key(learner(), course.id()))
                .flatMap(position -> course.addressOf(position.pageId()))
                .or(course::firstPage));
    }

    /** Whether the learner has opened this course before (to say "continue" rather than "start"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean hasStarted(String courseKey) {
        return outlines.of(courseKey).map(course -> positions.existsById(new ReadingPosition.Key(learner(), course.id()))).orElse(false);
    }

    /** The ids of the course's pages the learner has read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> readPages(String courseKey) {
        return outlines.of(courseKey).map(course -> readPages(learner(), course)).orElse(Set.of());
    }

    private Set<Long> readPages(long learner, CourseOutline course) {
        Set<Long> pageIds = course.modules().stream().flatMap(m -> m.pages().stream()).map(PageOutline::id).collect(Collectors.toSet());
        return pageIds.isEmpty() ? Set.of() : new HashSet<>(readings.readAmong(learner, pageIds));
    }

    /** Records the reading; true when the learner read this page for the first time. */
    private boolean record(long learner, CourseOutline course, PageOutline page) {
        boolean firstTime = !readings.existsById(new Reading.Key(learner, page.id()));
        if (firstTime) {
            readings.save(new Reading(learner, page.id(), clock.instant()));
        }
        ReadingPosition position = positions.findById(new ReadingPosition.Key(learner, course.id()))
                .orElseGet(() -> new ReadingPosition(learner, course.id()));
        position.moveTo(page.id(), clock.instant());
        positions.save(position);
        return firstTime;
    }

    private static long learner() {
        return SignedIn.current().map(SignedIn::userId)
                .orElseThrow(() -> new IllegalStateException("reading needs a signed-in learner"));
    }
}
