package org.collabacademy.course.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.ImportReport;
import org.collabacademy.course.ImportReport.CourseResult;
import org.collabacademy.course.ImportReport.Status;

/** What the last import of the content folder did, course by course, with every problem and its line. */
@Route("admin/content")
@Menu(title = "nav.content", order = 80, icon = "vaadin:folder-open")
@RolesAllowed({"ADMIN", "TRAINER"})
class ContentAdminView extends Main implements HasDynamicTitle {

    private final ContentImport contentImport;
    private final Div results = new Div();

    ContentAdminView(ContentImport contentImport, AuthenticationContext authentication) {
        this.contentImport = contentImport;
        addClassNames("wide-page", "content-admin");
        add(new H1(getTranslation("content.title")));
        if (authentication.hasRole("ADMIN")) {
            Button reimport = new Button(getTranslation("content.reimport"), e -> {
                ImportReport report = contentImport.reimport();
                show(report);
                Notification.show(getTranslation(report.refused() == 0 ? "content.reimported" : "content.reimported-with-problems", report.refused()))
                        .addThemeVariants(report.refused() == 0 ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
            });
            reimport.setId("content-reimport");
            reimport.addThemeVariants(ButtonVariant.PRIMARY);
            add(reimport);
        }
        results.setId("content-results");
        add(results);
        show(contentImport.lastReport());
    }

    private void show(ImportReport report) {
        results.removeAll();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        results.add(new Paragraph(getTranslation("content.last-import", report.folder(), time.format(report.at()))));
        if (report.courses().isEmpty()) {
            results.add(new Paragraph(getTranslation("content.nothing")));
        }
        report.courses().forEach(course -> results.add(course(course)));
    }

    private Section course(CourseResult result) {
        Span status = new Span(getTranslation("content.status." + result.status().name(), result.contentVersion()));
        status.getElement().getThemeList().add(result.status() == Status.REFUSED ? "badge error" : "badge success");
        status.addClassName("import-status");
        Section section = new Section(new H2(result.courseId() == null ? result.folder() : result.courseId()), status);
        section.addClassName("import-result");
        section.setId("import-" + result.folder());
        section.add(new Paragraph(getTranslation("content.folder", result.folder())
                + (result.pages() > 0 ? " · " + getTranslation("content.pages", result.pages()) : "")));
        if (!result.problems().isEmpty()) {
            section.add(new Paragraph(getTranslation("content.problems", result.problems().size())));
            UnorderedList problems = new UnorderedList();
            problems.addClassName("problems");
            result.problems().forEach(problem -> problems.add(new ListItem(new Pre(problem.toString()))));
            section.add(problems);
        }
        if (result.status() == Status.REFUSED && result.previewable()) {
            Button preview = new Button(getTranslation("content.preview"), e -> UI.getCurrent().navigate(PreviewView.class,
                    new RouteParameters("folder", result.folder())));
            preview.setId("preview-" + result.folder());
            section.add(preview);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.title");
    }

}
