package org.collabacademy.forum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.collabacademy.base.InvalidInput;

/** Asks a moderator why, before an action that goes into the moderation log. */
final class ReasonDialog {

    private ReasonDialog() {
    }

    static void ask(Component where, String actionLabel, Consumer<String> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(actionLabel);
        TextField reason = new TextField(where.getTranslation("forum.reason-for-log"));
        reason.setId("moderation-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        Button go = new Button(actionLabel, e -> {
            try {
                action.accept(reason.getValue().strip());
                dialog.close();
            } catch (InvalidInput refused) {
                Problems.show(reason, where, refused);
            }
        });
        go.setId("moderation-confirm");
        go.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(where.getTranslation("action.cancel"), e -> dialog.close()), go);
        dialog.open();
    }
}
