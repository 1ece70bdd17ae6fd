package org.collabacademy.course.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.course.CourseOutline.PageAddress;
import org.collabacademy.course.CourseReader;
import org.collabacademy.course.Localized;
import org.collabacademy.course.PageView;
import org.jspecify.annotations.Nullable;

/**
 * The reader: one page of a module with the module's contents beside it, previous/next, and a stable
 * URL per page ({@code /courses/<course>/<module>/<page>}). Opening a page marks it read.
 */
@Route("courses/:course/:module/:page?")
@PermitAll
class ReaderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseReader reader;
    private String title = "";

    ReaderView(CourseReader reader) {
        this.reader = reader;
        addClassName("reader");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters parameters = event.getRouteParameters();
        Language language = CourseLanguage.current();
        PageView view = reader.open(parameters.get("course").orElse(""), parameters.get("module").orElse(""),
                parameters.get("page").orElse(null), language).orElseThrow(NotFoundException::new);
        CourseOutline course = view.course();
        title = view.title() + " – " + course.title(language);
        removeAll();

        String moduleTitle = Localized.pick(view.module().titles(), language, course.defaultLanguage());
        var entries = view.module().pages().stream().map(page -> new PageContents.Entry(
                Localized.pick(page.titles(), language, course.defaultLanguage()),
                "/" + new PageAddress(course.key(), view.module().key(), page.key()).path(),
                page.id() == view.page().id(), view.readPageIds().contains(page.id()))).toList();
        RouterLink courseLink = new RouterLink(course.title(language), CourseView.class, new RouteParameters("course", course.key()));
        courseLink.setId("reader-course");
        Div side = new Div(courseLink, new PageContents(moduleTitle, entries));
        side.addClassName("reader-side");
        if (!view.module().quizzes().isEmpty()) {
            side.add(QuizLinks.of(view.module(), language, course.defaultLanguage()));
        }
        // the handout is served by the certificate feature; a plain download link, outside the router
        Anchor handout = new Anchor("/handouts/" + course.key() + "/" + view.module().key() + ".pdf?language=" + language.tag(),
                getTranslation("reader.handout"));
        handout.getElement().setAttribute("router-ignore", true);
        handout.setId("reader-handout");
        // the module's thread lives on the course board of the forum feature
        Anchor discuss = new Anchor("discuss/" + course.key() + "/" + view.module().key(), getTranslation("reader.discuss"));
        discuss.getElement().setAttribute("router-link", true);
        discuss.setId("reader-discuss");
        side.add(new Paragraph(handout), new Paragraph(discuss));

        String notice = view.fallback() ? getTranslation("reader.not-translated", language.nativeName(), view.shownIn().nativeName()) : "";
        Div column = new Div(new PageArticle(view.title(), view.html(), notice), pager(view.previous(), view.next(), course, language));
        column.addClassName("reader-column");
        add(side, column);
    }

    private Nav pager(@Nullable PageAddress previous, @Nullable PageAddress next, CourseOutline course, Language language) {
        Nav pager = new Nav();
        pager.addClassName("pager");
        pager.getElement().setAttribute("aria-label", getTranslation("reader.pages"));
        if (previous != null) {
            pager.add(link(previous, "← " + getTranslation("reader.previous"), "pager-previous", course, language));
        }
        if (next != null) {
            pager.add(link(next, getTranslation("reader.next") + " →", "pager-next", course, language));
        } else {
            RouterLink done = new RouterLink(getTranslation("reader.back-to-course"), CourseView.class, new RouteParameters("course", course.key()));
            done.setId("pager-done");
            pager.add(done);
        }
        return pager;
    }

    private RouterLink link(PageAddress address, String label, String id, CourseOutline course, Language language) {
        String pageTitle = course.module(address.moduleKey()).flatMap(m -> m.page(address.pageKey()))
                .map(p -> Localized.pick(p.titles(), language, course.defaultLanguage())).orElse("");
        RouterLink link = new RouterLink();
        link.setRoute(ReaderView.class, new RouteParameters(Map.of(
                "course", address.courseKey(), "module", address.moduleKey(), "page", address.pageKey())));
        Span direction = new Span(label);
        direction.addClassName("pager-direction");
        link.add(direction, new Span(pageTitle));
        link.setId(id);
        return link;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
