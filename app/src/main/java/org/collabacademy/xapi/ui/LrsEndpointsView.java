package org.collabacademy.xapi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.xapi.LearningRecordsAdmin;
import org.collabacademy.xapi.LearningRecordsAdmin.EndpointForm;
import org.collabacademy.xapi.LearningRecordsAdmin.EndpointStatus;

/** External learning record stores: their delivery figures, failures with reasons, and what to do about them. */
@Route("admin/lrs")
@Menu(title = "nav.lrs", order = 86, icon = "vaadin:cloud-upload")
@RolesAllowed("ADMIN")
class LrsEndpointsView extends Main implements HasDynamicTitle {

    private final LearningRecordsAdmin records;
    private final Div list = new Div();

    LrsEndpointsView(LearningRecordsAdmin records) {
        this.records = records;
        addClassName("wide-page");
        Button add = new Button(getTranslation("lrs.add"), e -> edit(new EndpointForm(null, "", "https://", "", "", true)));
        add.setId("lrs-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        list.setId("lrs-endpoints");
        add(new H1(getTranslation("lrs.title")), new Paragraph(getTranslation("lrs.lead")), add, list);
        show();
    }

    private void show() {
        list.removeAll();
        var endpoints = records.endpoints();
        endpoints.stream().filter(EndpointStatus::alert).forEach(e -> {
            Paragraph alert = new Paragraph(getTranslation("lrs.alert", e.name(), format(e.failingSince())));
            alert.addClassName("alert");
            alert.setId("lrs-alert-" + e.id());
            alert.getElement().setAttribute("role", "alert");
            list.add(alert);
        });
        if (endpoints.isEmpty()) {
            list.add(new Paragraph(getTranslation("lrs.none")));
        }
        endpoints.forEach(e -> list.add(card(e)));
    }

    private Section card(EndpointStatus endpoint) {
        Section card = new Section(new H2(endpoint.name()), new Paragraph(endpoint.url()));
        card.addClassName("module-card");
        card.setId("lrs-" + endpoint.id());
        card.add(new Paragraph(getTranslation("lrs.figures", endpoint.backlog(), endpoint.delivered(), endpoint.dead())
                + (endpoint.enabled() ? "" : " · " + getTranslation("lrs.disabled"))));
        if (endpoint.lastError() != null && endpoint.failingSince() != null) {
            card.add(new Paragraph(getTranslation("lrs.failing", format(endpoint.failingSince()), endpoint.lastError())));
        }
        Button edit = new Button(getTranslation("users.edit"), e -> edit(new EndpointForm(endpoint.id(), endpoint.name(), endpoint.url(),
                endpoint.username(), "", endpoint.enabled())));
        card.add(edit);
        if (endpoint.dead() > 0) {
            UnorderedList dead = new UnorderedList();
            dead.addClassName("problems");
            records.deadLetters(endpoint.id()).stream().limit(50)
                    .forEach(d -> dead.add(new ListItem(new Pre(d.statementId() + ": " + d.reason()))));
            Button retry = new Button(getTranslation("lrs.retry"), e -> {
                Notification.show(getTranslation("lrs.retried", records.retryDeadLetters(endpoint.id())));
                show();
            });
            retry.setId("lrs-retry-" + endpoint.id());
            Button discard = new Button(getTranslation("lrs.discard"), e -> {
                Notification.show(getTranslation("lrs.discarded", records.discardDeadLetters(endpoint.id())));
                show();
            });
            discard.setId("lrs-discard-" + endpoint.id());
            discard.addThemeVariants(ButtonVariant.ERROR);
            card.add(new Paragraph(getTranslation("lrs.dead-letters")), dead, retry, discard);
        }
        return card;
    }

    private void edit(EndpointForm form) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(form.id() == null ? "lrs.add" : "lrs.edit"));
        dialog.setId("lrs-editor");
        TextField name = new TextField(getTranslation("lrs.name"), form.name(), "");
        name.setId("lrs-name");
        TextField url = new TextField(getTranslation("lrs.url"), form.url(), "");
        url.setId("lrs-url");
        url.setHelperText(getTranslation("lrs.url-help"));
        TextField username = new TextField(getTranslation("lrs.username"), form.username(), "");
        username.setId("lrs-username");
        PasswordField password = new PasswordField(getTranslation("lrs.password"));
        password.setId("lrs-password");
        if (form.id() != null) {
            password.setHelperText(getTranslation("lrs.password-keep"));
        }
        Checkbox enabled = new Checkbox(getTranslation("lrs.enabled"), form.enabled());
        enabled.setId("lrs-enabled");
        Map<String, TextField> fields = Map.of("name", name, "url", url);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                records.saveEndpoint(new EndpointForm(form.id(), name.getValue(), url.getValue(), username.getValue(), password.getValue(), enabled.getValue()));
                dialog.close();
                Notification.show(getTranslation("lrs.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (InvalidInput rejected) {
                rejected.problems().forEach(p -> {
                    TextField field = fields.getOrDefault(p.field(), name);
                    field.setErrorMessage(getTranslation(p.messageKey(), p.arguments().toArray()));
                    field.setInvalid(true);
                });
            }
        });
        save.setId("lrs-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(name, url, username, password, enabled));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private String format(java.time.Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lrs.title");
    }
}
