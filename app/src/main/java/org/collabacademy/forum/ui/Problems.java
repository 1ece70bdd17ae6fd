package org.collabacademy.forum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.collabacademy.base.InvalidInput;

/** Shows what a service refused: on the field it concerns, or as a notification. */
final class Problems {

    private Problems() {
    }

    static String text(Component where, InvalidInput refused) {
        InvalidInput.Problem problem = refused.problems().getFirst();
        return where.getTranslation(problem.messageKey(), problem.arguments().toArray());
    }

    static void show(HasValidation field, Component where, InvalidInput refused) {
        field.setErrorMessage(text(where, refused));
        field.setInvalid(true);
    }

    static void notify(Component where, InvalidInput refused) {
        Notification note = Notification.show(text(where, refused), 6000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
