package org.collabacademy.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import org.collabacademy.identity.AccountService;
import org.collabacademy.identity.UserSummary;

/** Administrators find accounts, change their roles and disable them. */
@Route("admin/users")
@Menu(title = "nav.users", order = 90, icon = "vaadin:users")
@RolesAllowed("ADMIN")
class UserAdminView extends Main implements HasDynamicTitle {

    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    UserAdminView(AccountService accounts) {
        addClassName("wide-page");
        search.setId("user-search");
        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.setId("users");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.name")).setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(UserSummary::email).setHeader(getTranslation("users.email")).setSortProperty("email").setAutoWidth(true);
        grid.addColumn(user -> user.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles"));
        grid.addComponentColumn(this::status).setHeader(getTranslation("users.status")).setSortProperty("enabled");
        grid.addColumn(user -> dates.format(user.createdAt())).setHeader(getTranslation("users.created")).setSortProperty("createdAt");
        grid.addComponentColumn(user -> {
            Button edit = new Button(getTranslation("users.edit"), e -> new UserEditor(accounts, user, grid.getDataProvider()::refreshAll).open());
            edit.setAriaLabel(getTranslation("users.edit-user", user.displayName()));
            return edit;
        }).setHeader(getTranslation("users.actions")).setKey("edit");
        grid.setItems(query -> accounts.findUsers(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        add(new H1(getTranslation("users.title")), search, grid);
    }

    private Span status(UserSummary user) {
        Span status = new Span(getTranslation(user.enabled() ? "users.enabled" : "users.disabled"));
        status.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge error");
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
