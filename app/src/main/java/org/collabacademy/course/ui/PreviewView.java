package org.collabacademy.course.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.collabacademy.base.Language;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.Localized;
import org.collabacademy.course.content.CourseContent;
import org.collabacademy.course.content.CourseContent.ModuleContent;
import org.collabacademy.course.content.CourseContent.PageContent;
import org.collabacademy.course.content.CourseContent.PageText;

/**
 * Lets trainers read a course that could not be imported, up to its first broken module, straight
 * from the last reading of its folder (nothing of it is in the database).
 */
@Route("admin/content/preview/:folder/:module?/:page?")
@RolesAllowed({"ADMIN", "TRAINER"})
class PreviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentImport contentImport;
    private String title = "";

    PreviewView(ContentImport contentImport) {
        this.contentImport = contentImport;
        addClassName("reader");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String folder = event.getRouteParameters().get("folder").orElse("");
        CourseContent course = contentImport.preview(folder).orElseThrow(NotFoundException::new);
        Language language = CourseLanguage.current();
        ModuleContent module = event.getRouteParameters().get("module")
                .flatMap(key -> course.modules().stream().filter(m -> m.id().equals(key)).findFirst())
                .orElse(course.modules().getFirst());
        PageContent page = event.getRouteParameters().get("page")
                .flatMap(key -> module.pages().stream().filter(p -> p.id().equals(key)).findFirst())
                .orElse(module.pages().getFirst());
        PageText text = Localized.pick(page.texts(), language, course.defaultLanguage());
        title = getTranslation("preview.title", Localized.pick(course.titles(), language, course.defaultLanguage()));
        removeAll();

        List<PageContents.Entry> entries = new ArrayList<>();
        for (ModuleContent m : course.modules()) {
            for (PageContent p : m.pages()) {
                entries.add(new PageContents.Entry(Localized.pick(m.titles(), language, course.defaultLanguage()) + ": "
                        + Localized.pick(p.texts(), language, course.defaultLanguage()).title(),
                        "/admin/content/preview/" + folder + "/" + m.id() + "/" + p.id(), p == page, false));
            }
        }
        Paragraph banner = new Paragraph(getTranslation("preview.banner", course.modules().size()));
        banner.addClassName("translation-notice");
        banner.setId("preview-banner");
        Div side = new Div(new PageContents(getTranslation("preview.contents"), entries));
        side.addClassName("reader-side");
        Div column = new Div(banner, new PageArticle(text.title(), text.html(), ""));
        column.addClassName("reader-column");
        add(side, column);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
