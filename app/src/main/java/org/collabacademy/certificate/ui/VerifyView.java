package org.collabacademy.certificate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.certificate.Certificates;
import org.collabacademy.certificate.Verification;

/** The public page behind the QR code: is this certificate genuine? Open to anyone, without sign-in. */
@Route("verify/:code?")
@AnonymousAllowed
class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Certificates certificates;
    private final TextField code = new TextField();
    private final Div result = new Div();

    VerifyView(Certificates certificates) {
        this.certificates = certificates;
        addClassNames("narrow-page", "verify");
        code.setId("verify-code");
        code.setLabel(getTranslation("verify.code"));
        code.setMaxLength(40);
        code.setPlaceholder("XXXX-XXXX-XXXX");
        Button check = new Button(getTranslation("verify.check"), e -> UI.getCurrent().navigate(VerifyView.class,
                new RouteParameters("code", code.getValue().strip().replaceAll("[^A-Za-z0-9-]", ""))));
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        result.setId("verify-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.lead")), code, check, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        result.removeAll();
        event.getRouteParameters().get("code").ifPresent(typed -> {
            code.setValue(typed);
            VaadinRequest request = VaadinRequest.getCurrent();
            try {
                show(certificates.verify(typed, request == null ? "unknown" : request.getRemoteAddr()));
            } catch (InvalidInput tooMany) {
                result.add(message(getTranslation("verify.too-many"), "verify-unknown"));
            }
        });
    }

    private void show(Verification verification) {
        // the certificate prints its date in UTC; the page must name the same day wherever the server runs
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).withZone(ZoneOffset.UTC);
        switch (verification.status()) {
            case VALID -> result.add(message(getTranslation("verify.valid"), "verify-valid"),
                    new Paragraph(getTranslation("verify.details", shownName(verification), verification.courseTitle(), date.format(verification.completedAt()))));
            case REVOKED -> result.add(message(getTranslation("verify.revoked", date.format(verification.revokedAt())), "verify-revoked"),
                    new Paragraph(getTranslation("verify.details", shownName(verification), verification.courseTitle(), date.format(verification.completedAt()))));
            case REPLACED -> result.add(message(getTranslation("verify.replaced"), "verify-replaced"));
            case UNKNOWN -> result.add(message(getTranslation("verify.unknown"), "verify-unknown"));
        }
    }

    /** The certificate of a deleted account stays valid, but anonymous. */
    private String shownName(Verification verification) {
        String name = verification.name();
        return name == null || name.isBlank() ? getTranslation("verify.anonymous") : name;
    }

    private static Paragraph message(String text, String className) {
        Paragraph message = new Paragraph(text);
        message.addClassName(className);
        message.setId("verify-status");
        return message;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
