package org.collabacademy.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.collabacademy.base.DatabaseReachability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When an action on a page fails (a click, a saved answer), the user gets a short notice in their language,
 * never a stack trace: "reconnecting" when the database cannot be reached (nothing else to do but try again
 * in a moment), otherwise an apology with a reference that is in the log.
 */
@Component
class ProblemNotices implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ProblemNotices.class);

    private final transient DatabaseReachability database;

    ProblemNotices(DatabaseReachability database) {
        this.database = database;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::show));
    }

    void show(ErrorEvent error) {
        Throwable failure = error.getThrowable();
        UI ui = UI.getCurrent();
        String message;
        if (database.isOutage(failure)) {
            log.warn("The database cannot be reached during an action: {}", failure.toString());
            message = ui == null ? "" : ui.getTranslation("shell.reconnecting.action");
        } else {
            String reference = ProblemView.newReference();
            log.error("An action failed (reference {})", reference, failure);
            message = ui == null ? "" : ui.getTranslation("shell.problem.action", reference);
        }
        if (ui != null) {
            Notification notice = Notification.show(message, 8_000, Notification.Position.BOTTOM_CENTER);
            notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
            notice.setId("problem-notice");
        }
    }
}
