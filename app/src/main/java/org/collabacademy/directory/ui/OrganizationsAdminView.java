package org.collabacademy.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.collabacademy.base.Language;
import org.collabacademy.directory.DirectoryViews.ProfileCard;
import org.collabacademy.directory.Organizations;

/** Administrators verify organizations (a badge partners can trust) and suspend profiles. */
@Route("admin/organizations")
@Menu(title = "nav.admin-organizations", order = 88, icon = "vaadin:building-o")
@RolesAllowed("ADMIN")
class OrganizationsAdminView extends Main implements HasDynamicTitle {

    OrganizationsAdminView(Organizations organizations) {
        addClassName("wide-page");
        Language language = Language.of(getLocale()).orElse(Language.ENGLISH);
        Grid<ProfileCard> grid = new Grid<>();
        grid.setId("admin-organizations");
        grid.addComponentColumn(card -> new RouterLink(card.name() == null ? "?" : card.name(), OrganizationView.class,
                new RouteParameters("id", String.valueOf(card.id())))).setHeader(getTranslation("directory.name")).setFlexGrow(1);
        grid.addColumn(card -> Labels.country(card.country(), getLocale()) + " · " + card.region()).setHeader(getTranslation("directory.region"))
                .setAutoWidth(true);
        grid.addColumn(card -> card.verified() ? getTranslation("directory.verified") : "").setHeader(getTranslation("directory.verified"))
                .setAutoWidth(true);
        grid.addComponentColumn(card -> {
            Button verify = new Button(getTranslation(card.verified() ? "directory.unverify" : "directory.verify"), e -> {
                organizations.verify(card.id(), !card.verified());
                e.getSource().findAncestor(Grid.class).getDataProvider().refreshAll();
            });
            verify.setId("verify-" + card.id());
            verify.addThemeVariants(ButtonVariant.TERTIARY);
            boolean suspended = organizations.isSuspended(card.id());
            Button suspend = new Button(getTranslation(suspended ? "directory.unsuspend" : "directory.suspend"), e -> {
                organizations.suspend(card.id(), !suspended);
                e.getSource().findAncestor(Grid.class).getDataProvider().refreshAll();
            });
            suspend.setId("suspend-" + card.id());
            suspend.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            return new HorizontalLayout(verify, suspend);
        }).setHeader(getTranslation("users.actions")).setKey("actions").setAutoWidth(true);
        grid.setItems(query -> organizations.all(VaadinSpringDataHelpers.toSpringPageRequest(query), language).stream());
        add(new H1(getTranslation("directory.admin-title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.admin-title");
    }
}
