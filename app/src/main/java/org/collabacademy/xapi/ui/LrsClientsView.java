package org.collabacademy.xapi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.xapi.LrsClients;
import org.collabacademy.xapi.LrsClients.ClientView;
import org.collabacademy.xapi.LrsClients.Credentials;

/** Who may use the built-in LRS's Statement API: clients with a key, a secret shown once, and scopes. */
@Route("admin/lrs-clients")
@Menu(title = "nav.lrs-clients", order = 87, icon = "vaadin:key")
@RolesAllowed("ADMIN")
class LrsClientsView extends Main implements HasDynamicTitle {

    static final List<String> SCOPES = List.of("statements/write", "statements/read", "statements/read/mine", "state", "profile", "define");

    private final LrsClients clients;
    private final Grid<ClientView> grid = new Grid<>();

    LrsClientsView(LrsClients clients) {
        this.clients = clients;
        addClassName("wide-page");
        add(new H1(getTranslation("lrs-clients.title")), new Paragraph(getTranslation("lrs-clients.lead")));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.setId("lrs-clients");
        grid.setAllRowsVisible(true);
        grid.addColumn(ClientView::name).setHeader(getTranslation("lrs-clients.name")).setAutoWidth(true);
        grid.addColumn(ClientView::key).setHeader(getTranslation("lrs-clients.key")).setAutoWidth(true);
        grid.addColumn(c -> String.join(", ", c.scopes())).setHeader(getTranslation("lrs-clients.scopes")).setFlexGrow(1);
        grid.addColumn(c -> c.learnerId() == null ? "" : String.valueOf(c.learnerId())).setHeader(getTranslation("lrs-clients.learner")).setAutoWidth(true);
        grid.addColumn(c -> time.format(c.createdAt())).setHeader(getTranslation("lrs-clients.created")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            Button toggle = new Button(getTranslation(c.enabled() ? "lrs-clients.disable" : "lrs-clients.enable"), e -> {
                clients.enable(c.id(), !c.enabled());
                refresh();
            });
            toggle.setId("toggle-client-" + c.id());
            toggle.addThemeVariants(ButtonVariant.TERTIARY);
            return toggle;
        }).setKey("actions").setAutoWidth(true);
        add(grid, form());
        refresh();
    }

    private FlexLayout form() {
        TextField name = new TextField(getTranslation("lrs-clients.name"));
        name.setId("client-name");
        CheckboxGroup<String> scopes = new CheckboxGroup<>(getTranslation("lrs-clients.scopes"));
        scopes.setItems(SCOPES);
        scopes.setValue(new LinkedHashSet<>(List.of("statements/write", "statements/read", "state", "profile")));
        scopes.setId("client-scopes");
        IntegerField learner = new IntegerField(getTranslation("lrs-clients.learner"));
        learner.setHelperText(getTranslation("lrs-clients.learner-help"));
        learner.setId("client-learner");
        Button create = new Button(getTranslation("lrs-clients.create"), e -> {
            try {
                Credentials credentials = clients.create(name.getValue(), scopes.getValue(), learner.getValue() == null ? null : learner.getValue().longValue());
                name.clear();
                refresh();
                showOnce(credentials);
            } catch (InvalidInput refused) {
                InvalidInput.Problem problem = refused.problems().getFirst();
                String message = getTranslation(problem.messageKey(), problem.arguments().toArray());
                if (problem.field().equals("scopes")) {
                    scopes.setErrorMessage(message);
                    scopes.setInvalid(true);
                } else {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                }
            }
        });
        create.setId("client-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout form = new FlexLayout(name, learner, scopes, create);
        form.addClassName("catalog-filters");
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        return form;
    }

    /** The secret exists only here, once: only its hash is stored. */
    private void showOnce(Credentials credentials) {
        Dialog dialog = new Dialog();
        dialog.setId("client-credentials");
        dialog.setHeaderTitle(getTranslation("lrs-clients.credentials"));
        Pre text = new Pre(getTranslation("lrs-clients.key") + ": " + credentials.key() + "\n"
                + getTranslation("lrs-clients.secret") + ": " + credentials.secret());
        text.setId("client-secret");
        dialog.add(new Paragraph(getTranslation("lrs-clients.secret-once")), text, new H2(getTranslation("lrs-clients.endpoint")),
                new Paragraph("/xapi/"));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private void refresh() {
        grid.setItems(clients.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lrs-clients.title");
    }
}
