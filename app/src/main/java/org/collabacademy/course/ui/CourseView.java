package org.collabacademy.course.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseCatalog;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.course.CourseOutline.ModuleOutline;
import org.collabacademy.course.CourseOutline.PageOutline;
import org.collabacademy.course.CourseReader;
import org.collabacademy.course.Localized;

/** A course's overview: its modules with objectives and time, and the way into reading. */
@Route("courses/:course")
@AnonymousAllowed
class CourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;
    private final CourseReader reader;
    private final AuthenticationContext authentication;
    private String title = "";

    CourseView(CourseCatalog catalog, CourseReader reader, AuthenticationContext authentication) {
        this.catalog = catalog;
        this.reader = reader;
        this.authentication = authentication;
        addClassNames("wide-page", "course-overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("course").orElse("");
        CourseOutline course = catalog.course(key).orElseThrow(NotFoundException::new);
        removeAll();
        Language language = CourseLanguage.current();
        title = course.title(language);
        boolean signedIn = authentication.isAuthenticated();
        Set<Long> read = signedIn ? reader.readPages(key) : Set.of();

        Nav breadcrumb = new Nav(new RouterLink(getTranslation("catalog.title"), CatalogView.class));
        breadcrumb.addClassName("breadcrumb");
        breadcrumb.getElement().setAttribute("aria-label", getTranslation("reader.breadcrumb"));
        Paragraph meta = new Paragraph(getTranslation("catalog.meta", course.modules().size(), course.estimatedMinutes(),
                course.languages().stream().map(Language::nativeName).collect(Collectors.joining(", "))));
        meta.addClassName("course-meta");
        add(breadcrumb, new H1(title), new Paragraph(course.summary(language)), meta, start(course, signedIn, read));

        OrderedList modules = new OrderedList();
        modules.addClassName("module-list");
        modules.setId("module-list");
        course.modules().forEach(module -> modules.add(module(course, module, language, signedIn, read)));
        add(new H2(getTranslation("course.modules")), modules);
    }

    private Div start(CourseOutline course, boolean signedIn, Set<Long> read) {
        Button start;
        if (!signedIn) {
            start = new Button(getTranslation("course.sign-in-to-read"), e -> UI.getCurrent().navigate("signin"));
        } else {
            String label = reader.hasStarted(course.key()) ? "course.continue" : "course.start";
            start = new Button(getTranslation(label), e -> reader.continueAt(course.key())
                    .ifPresent(address -> UI.getCurrent().navigate(address.path())));
        }
        start.setId("course-start");
        start.addThemeVariants(ButtonVariant.PRIMARY);
        Div actions = new Div(start);
        actions.addClassName("course-actions");
        if (signedIn && course.pageCount() > 0) {
            ProgressBar progress = new ProgressBar(0, course.pageCount(), read.size());
            progress.setId("course-progress");
            progress.getElement().setAttribute("aria-label", getTranslation("course.progress", read.size(), course.pageCount()));
            actions.add(new Paragraph(getTranslation("course.progress", read.size(), course.pageCount())), progress);
        }
        return actions;
    }

    private ListItem module(CourseOutline course, ModuleOutline module, Language language, boolean signedIn, Set<Long> read) {
        String moduleTitle = Localized.pick(module.titles(), language, course.defaultLanguage());
        RouterLink open = new RouterLink(moduleTitle, ReaderView.class,
                new RouteParameters(java.util.Map.of("course", course.key(), "module", module.key())));
        Section section = new Section(new H3(open));
        section.addClassName("module-card");
        Localized.pickIfAny(module.summaries(), language, course.defaultLanguage()).filter(s -> !s.isBlank())
                .ifPresent(summary -> section.add(new Paragraph(summary)));
        long done = module.pages().stream().map(PageOutline::id).filter(read::contains).count();
        String facts = getTranslation("course.module-facts", module.estimatedMinutes(), module.pages().size())
                + (signedIn ? " · " + getTranslation("course.pages-read", done, module.pages().size()) : "");
        Paragraph meta = new Paragraph(facts);
        meta.addClassName("course-meta");
        section.add(meta);
        if (!module.quizzes().isEmpty()) {
            section.add(QuizLinks.of(module, language, course.defaultLanguage()));
        }
        List<String> objectives = Localized.pickIfAny(module.objectives(), language, course.defaultLanguage()).orElse(List.of());
        if (!objectives.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("module-objectives");
            objectives.forEach(o -> list.add(new ListItem(o)));
            section.add(new Paragraph(getTranslation("course.objectives")), list);
        }
        return new ListItem(section);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
