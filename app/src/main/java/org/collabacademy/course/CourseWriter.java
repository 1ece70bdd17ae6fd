package org.collabacademy.course;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.collabacademy.base.Language;
import org.collabacademy.course.ImportReport.Status;
import org.collabacademy.course.content.ContentArchive;
import org.collabacademy.course.content.CourseContent;
import org.collabacademy.course.content.CourseContent.ModuleContent;
import org.collabacademy.course.content.CourseContent.PageContent;
import org.collabacademy.course.content.QuizDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one valid course into the database, matching courses, modules and pages by their stable ids:
 * rows are updated in place (so reading records keep pointing at them) and what disappeared is retired.
 */
@Component
class CourseWriter {

    private final CourseRepository courses;
    private final CourseFileRepository files;
    private final CourseVersionRepository versions;
    private final ApplicationEventPublisher events;

    CourseWriter(CourseRepository courses, CourseFileRepository files, CourseVersionRepository versions, ApplicationEventPublisher events) {
        this.courses = courses;
        this.files = files;
        this.versions = versions;
        this.events = events;
    }

    /** The content version a course with this fingerprint gets: the same when nothing changed. */
    @Transactional(readOnly = true)
    public int versionFor(String courseKey, String fingerprint) {
        return courses.findByKey(courseKey)
                .map(c -> c.fingerprint().equals(fingerprint) && !c.retired() ? c.contentVersion() : c.contentVersion() + 1)
                .orElse(1);
    }

    @Transactional
    public Status write(CourseContent content, int contentVersion, int position, Instant now, CourseVersion.Release release) {
        Course course = courses.findByKey(content.id()).orElse(null);
        boolean isNew = course == null;
        if (!isNew && course.fingerprint().equals(content.fingerprint()) && !course.retired()) {
            if (course.position() != position) {
                course.moveTo(position);
            }
            return Status.UNCHANGED;
        }
        if (isNew) {
            course = courses.save(new Course(content.id()));
        }
        course.describe(content.folder(), content.defaultLanguage().tag(),
                content.languages().stream().map(Language::tag).collect(Collectors.joining(",")),
                String.join(",", content.topics()), String.join(",", content.trainers()),
                LanguageTexts.certificateToJson(content.certificate()), courseTexts(content));
        writeModules(course, content);
        course.publish(contentVersion, content.fingerprint(), position, now, release.source() == CourseVersion.Source.APP);
        courses.saveAndFlush(course);
        if (versions.find(course.id(), contentVersion).isEmpty()) {
            versions.save(new CourseVersion(course.id(), contentVersion, release, now, ContentArchive.zip(content.folder(), content.sources())));
        }
        files.deleteByCourse(course.id());
        for (CourseContent.ContentFile file : content.files()) {
            files.save(new CourseFile(course.id(), file.path(), file.contentType(), file.bytes()));
        }
        // the quiz feature stores the quizzes in this same transaction: all of the course or nothing
        events.publishEvent(new CoursePublished(content.id(), contentVersion, content.titles(), content.defaultLanguage(), content.modules().stream()
                .map(m -> new CoursePublished.ModuleQuizzes(m.id(), m.titles(), m.quizzes())).toList()));
        return isNew ? Status.NEW : Status.UPDATED;
    }

    @Transactional
    public boolean retireIfPresent(String courseKey, Instant now) {
        return courses.findByKey(courseKey).filter(c -> !c.retired()).map(c -> {
            c.retire(now);
            return true;
        }).orElse(false);
    }

    private static void writeModules(Course course, CourseContent content) {
        Set<String> present = new HashSet<>();
        int position = 0;
        for (ModuleContent moduleContent : content.modules()) {
            present.add(moduleContent.id());
            final Course owner = course;
            CourseModule module = course.module(moduleContent.id()).orElseGet(() -> {
                CourseModule created = new CourseModule(owner, moduleContent.id());
                owner.modules().add(created);
                return created;
            });
            module.update(moduleContent.folder(), position++, moduleContent.estimatedMinutes(), moduleTexts(moduleContent));
            module.offer(moduleContent.quizzes().stream().map(quiz -> new CourseModule.ModuleQuiz(quiz.key(),
                    quiz.kind() == QuizDefinition.Kind.GRADED, LanguageTexts.toJson(quiz.titles()))).toList());
            writePages(module, moduleContent);
        }
        course.modules().stream().filter(m -> !present.contains(m.key())).forEach(CourseModule::retire);
    }

    private static void writePages(CourseModule module, ModuleContent content) {
        Set<String> present = new HashSet<>();
        int position = 0;
        for (PageContent pageContent : content.pages()) {
            present.add(pageContent.id());
            CoursePage page = module.page(pageContent.id()).orElseGet(() -> {
                CoursePage created = new CoursePage(module, pageContent.id());
                module.pages().add(created);
                return created;
            });
            Map<String, CoursePage.PageText> texts = new HashMap<>();
            pageContent.texts().forEach((language, text) -> texts.put(language.tag(), new CoursePage.PageText(text.title(), text.html())));
            page.update(position++, pageContent.required(), texts);
        }
        module.pages().stream().filter(p -> !present.contains(p.key())).forEach(CoursePage::retire);
    }

    private static Map<String, Course.CourseText> courseTexts(CourseContent content) {
        Map<String, Course.CourseText> texts = new HashMap<>();
        content.titles().forEach((language, title) -> texts.put(language.tag(),
                new Course.CourseText(title, Localized.pick(content.summaries(), language, content.defaultLanguage()))));
        return texts;
    }

    private static Map<String, CourseModule.ModuleText> moduleTexts(ModuleContent content) {
        Map<String, CourseModule.ModuleText> texts = new HashMap<>();
        content.titles().forEach((language, title) -> texts.put(language.tag(), new CourseModule.ModuleText(title,
                content.summaries().getOrDefault(language, ""),
                String.join("\n", content.objectives().getOrDefault(language, java.util.List.of())))));
        return texts;
    }
}
