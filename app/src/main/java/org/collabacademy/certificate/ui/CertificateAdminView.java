package org.collabacademy.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import org.collabacademy.base.InvalidInput;
import org.collabacademy.certificate.CertificateStatus;
import org.collabacademy.certificate.CertificateView;
import org.collabacademy.certificate.Certificates;

/** Administrators find certificates, revoke them, and re-issue them under a corrected name. */
@Route("admin/certificates")
@Menu(title = "nav.admin-certificates", order = 87, icon = "vaadin:diploma-scroll")
@RolesAllowed("ADMIN")
class CertificateAdminView extends Main implements HasDynamicTitle {

    private final Certificates certificates;
    private final Grid<CertificateView> grid = new Grid<>();
    private final TextField search = new TextField();

    CertificateAdminView(Certificates certificates) {
        this.certificates = certificates;
        addClassName("wide-page");
        search.setId("certificate-search");
        search.setPlaceholder(getTranslation("certificates.search"));
        search.setAriaLabel(getTranslation("certificates.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.setId("certificates");
        grid.addColumn(CertificateView::code).setHeader(getTranslation("certificates.code-column")).setAutoWidth(true);
        grid.addColumn(CertificateView::learnerName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(CertificateView::courseTitle).setHeader(getTranslation("certificates.course")).setFlexGrow(1);
        grid.addColumn(c -> date.format(c.completedAt())).setHeader(getTranslation("certificates.date")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("certificates.status." + c.status().name())).setHeader(getTranslation("trainer.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setKey("actions").setAutoWidth(true);
        grid.setItems(query -> certificates.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        add(new H1(getTranslation("certificates.admin-title")), search, grid);
    }

    private HorizontalLayout actions(CertificateView certificate) {
        HorizontalLayout actions = new HorizontalLayout();
        if (certificate.status() != CertificateStatus.VALID) {
            return actions;
        }
        Button revoke = new Button(getTranslation("certificates.revoke"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("certificates.revoke"), getTranslation("certificates.revoke-text", certificate.code()),
                    getTranslation("certificates.revoke"), ok -> {
                certificates.revoke(certificate.code());
                grid.getDataProvider().refreshAll();
            });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        revoke.setId("revoke-" + certificate.code());
        Button reissue = new Button(getTranslation("certificates.reissue"), e -> reissue(certificate));
        reissue.setId("reissue-" + certificate.code());
        reissue.addThemeVariants(ButtonVariant.TERTIARY);
        actions.add(revoke, reissue);
        return actions;
    }

    private void reissue(CertificateView certificate) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("certificates.reissue"));
        TextField name = new TextField(getTranslation("certificates.new-name"), certificate.learnerName(), "");
        name.setId("reissue-name");
        name.setWidthFull();
        name.setMaxLength(300);
        Button save = new Button(getTranslation("certificates.reissue"), e -> {
            try {
                CertificateView fresh = certificates.reissue(certificate.code(), name.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notification.show(getTranslation("certificates.reissued", fresh.code())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInput refused) {
                name.setErrorMessage(getTranslation(refused.problems().getFirst().messageKey(), refused.problems().getFirst().arguments().toArray()));
                name.setInvalid(true);
            }
        });
        save.setId("reissue-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.admin-title");
    }
}
