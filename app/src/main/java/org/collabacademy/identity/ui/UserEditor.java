package org.collabacademy.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumSet;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.identity.AccountService;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;

/** The dialog in which an administrator changes one account's roles and whether it may sign in. */
class UserEditor extends Dialog {

    UserEditor(AccountService accounts, UserSummary user, Runnable onSaved) {
        setHeaderTitle(getTranslation("users.edit-user", user.displayName()));
        setId("user-editor");

        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(user.roles());
        roles.setItemEnabledProvider(r -> r != Role.LEARNER);

        Checkbox enabled = new Checkbox(getTranslation("users.may-sign-in"), user.enabled());
        enabled.setId("user-enabled");

        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                accounts.updateAccess(user.id(), roles.getValue().isEmpty() ? EnumSet.of(Role.LEARNER) : EnumSet.copyOf(roles.getValue()),
                        enabled.getValue());
                Notification.show(getTranslation("users.saved", user.displayName())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onSaved.run();
                close();
            } catch (InvalidInput rejected) {
                InvalidInput.Problem problem = rejected.problems().getFirst();
                Notification.show(getTranslation(problem.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());

        add(new VerticalLayout(roles, enabled));
        getFooter().add(cancel, save);
    }
}
