package org.collabacademy.forum;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import org.collabacademy.base.Language;
import org.collabacademy.course.CoursePublished;
import org.collabacademy.course.Localized;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every published course a board with one thread per module (what "Discuss this module" opens), in the
 * import's transaction. New modules get their thread at the next import; renamed ones keep theirs.
 */
@Component
class CourseBoards {

    private final PlaceRepository places;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final I18NProvider translations;
    private final Clock clock;

    CourseBoards(PlaceRepository places, ThreadRepository threads, PostRepository posts, I18NProvider translations, Clock clock) {
        this.places = places;
        this.threads = threads;
        this.posts = posts;
        this.translations = translations;
        this.clock = clock;
    }

    @EventListener
    void on(CoursePublished course) {
        Language language = course.defaultLanguage();
        String title = Localized.pick(course.titles(), language, language);
        Place board = places.findByKindAndCourseKey(PlaceKind.COURSE_BOARD, course.courseKey()).orElseGet(() -> places.save(new Place(
                "course-" + course.courseKey(), PlaceKind.COURSE_BOARD, PlaceCategory.COURSE, title,
                translations.getTranslation("forum.board-description", language.locale(), title), course.courseKey(),
                PlaceAccess.MEMBERS_ONLY, clock.instant())));
        board.retitle(title);
        for (CoursePublished.ModuleQuizzes module : course.modules()) {
            if (threads.findByPlaceIdAndModuleKey(board.id(), module.moduleKey()).isPresent()) {
                continue;
            }
            String moduleTitle = Localized.pick(module.moduleTitles(), language, language);
            ForumThread thread = threads.save(new ForumThread(board.id(), translations.getTranslation("forum.module-thread", language.locale(),
                    moduleTitle), null, false, module.moduleKey(), clock.instant()));
            thread.pin(true);
            String welcome = translations.getTranslation("forum.module-welcome", language.locale(), moduleTitle);
            posts.save(new Post(thread.id(), thread.nextNumber(clock.instant()), null, PostText.render(welcome, "text"), clock.instant()));
        }
    }

}
