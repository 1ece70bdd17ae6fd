package org.collabacademy.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.collabacademy.base.DatabaseReachability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page for a navigation that failed, instead of Vaadin's page with the exception: when the database cannot
 * be reached it says the app is reconnecting and reloads itself once the database answers again; for any other
 * fault it apologises and gives a reference that is in the log. Without the main layout, which needs the
 * database itself.
 */
@AnonymousAllowed
class ProblemView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ProblemView.class);

    private final transient DatabaseReachability database;
    private String title = "";

    ProblemView(DatabaseReachability database) {
        this.database = database;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("narrow-page");
        if (database.isOutage(parameter.getCaughtException())) {
            log.warn("The database cannot be reached while opening /{}: {}", event.getLocation().getPath(), parameter.getCaughtException().toString());
            title = getTranslation("shell.reconnecting.title");
            H1 heading = new H1(title);
            heading.setId("reconnecting");
            Paragraph text = new Paragraph(getTranslation("shell.reconnecting.text"));
            text.getElement().setAttribute("aria-live", "polite");
            add(heading, text);
            database.sawOutage();
            UI ui = event.getUI();
            ui.setPollInterval(5_000);
            com.vaadin.flow.shared.Registration polling = ui.addPollListener(poll -> {
                if (database.reachableNow()) {
                    ui.setPollInterval(-1);
                    ui.getPage().reload();
                }
            });
            // leaving this page (the user went elsewhere) stops the polling, so no other page reloads by itself
            addDetachListener(detached -> {
                polling.remove();
                ui.setPollInterval(-1);
                detached.unregisterListener();
            });
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = newReference();
        log.error("Opening /{} failed (reference {})", event.getLocation().getPath(), reference, parameter.getCaughtException());
        title = getTranslation("shell.problem.title");
        H1 heading = new H1(title);
        heading.setId("problem");
        add(heading, new Paragraph(getTranslation("shell.problem.text", reference)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** A short code the user can tell an administrator, which is in the log line of the failure. */
    static String newReference() {
        return Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
