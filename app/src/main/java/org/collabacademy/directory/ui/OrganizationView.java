package org.collabacademy.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.directory.DirectoryViews.Entry;
import org.collabacademy.directory.DirectoryViews.Profile;
import org.collabacademy.directory.Interests;
import org.collabacademy.directory.NaceCodes;
import org.collabacademy.directory.Organizations;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** One organization's profile as the signed-in user may see it, with "express interest" on each of its entries. */
@Route("directory/organization/:id")
@PermitAll
class OrganizationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Organizations organizations;
    private final Interests interests;
    private final NaceCodes codes;
    private final boolean admin;
    private @Nullable Profile profile;
    private long id;

    OrganizationView(Organizations organizations, Interests interests, NaceCodes codes, AuthenticationContext authentication) {
        this.organizations = organizations;
        this.interests = interests;
        this.codes = codes;
        this.admin = authentication.hasRole("ADMIN");
        addClassNames("wide-page", "organization-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            render();
        } catch (NumberFormatException | InvalidInput | AuthorizationDeniedException notThere) {
            throw new NotFoundException();
        }
    }

    private void render() {
        Profile shown = organizations.profile(id, Language.of(getLocale()).orElse(Language.ENGLISH));
        profile = shown;
        removeAll();
        H1 title = new H1(Labels.name(this, shown.card()));
        title.setId("org-name");
        add(title);
        Div badges = new Div();
        badges.addClassName("thread-badges");
        if (shown.card().verified()) {
            badges.add(badge("directory.verified", "success"));
        }
        if (shown.suspended()) {
            badges.add(badge("directory.suspended", "error"));
        }
        if (shown.card().anonymous()) {
            badges.add(badge("directory.anonymous-badge", "contrast"));
        }
        add(badges, new Paragraph(String.join(" · ", Labels.country(shown.card().country(), getLocale()), shown.card().region(),
                shown.card().cluster(), Labels.nace(codes, shown.card().nace(), getLocale()),
                getTranslation("directory.size." + shown.card().size().name()))
                + (shown.founded() == null ? "" : " · " + getTranslation("directory.founded-in", String.valueOf(shown.founded())))));
        if (!shown.card().description().isBlank()) {
            add(new Paragraph(shown.card().description()));
        }
        if (!shown.card().competences().isEmpty()) {
            add(new Paragraph(getTranslation("directory.competences") + ": " + String.join(", ", shown.card().competences())));
        }
        if (shown.smeType() != null) {
            Paragraph type = new Paragraph(getTranslation("directory.sme-type", getTranslation("directory.sme." + shown.smeType()),
                    shown.readiness() == null ? "–" : shown.readiness()));
            type.setId("org-sme-type");
            add(type);
        }
        Div contact = new Div();
        contact.setId("org-contact");
        if (shown.contact() != null) {
            contact.add(new H2(getTranslation("directory.contact")), new Paragraph(shown.contact().name()),
                    new Paragraph(new Anchor("mailto:" + shown.contact().email(), shown.contact().email())),
                    new Paragraph(shown.contact().phone()));
        } else {
            contact.add(new Paragraph(getTranslation(shown.mine() ? "directory.contact-own" : "directory.contact-hidden")));
        }
        if (shown.website() != null) {
            Anchor site = new Anchor(shown.website(), shown.website());
            site.setTarget("_blank");
            site.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            contact.add(new Paragraph(site));
        }
        add(contact, new H2(getTranslation("directory.offers-and-seeks")));
        for (Entry entry : shown.card().entries()) {
            HorizontalLayout line = new HorizontalLayout(new Paragraph(Labels.entry(this, entry)));
            line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            if (shown.canExpressInterest()) {
                Button interest = new Button(getTranslation("directory.express-interest"), e -> express(entry));
                interest.setId("interest-" + entry.id());
                interest.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
                line.add(interest);
            }
            add(line);
        }
        if (!shown.mine() && !shown.canExpressInterest() && !shown.suspended()) {
            Paragraph need = new Paragraph(getTranslation("directory.need-organization"));
            need.setId("need-organization");
            add(need);
        }
        if (admin) {
            Button verify = new Button(getTranslation(shown.card().verified() ? "directory.unverify" : "directory.verify"), e -> {
                organizations.verify(id, !shown.card().verified());
                render();
            });
            verify.setId("verify-org");
            Button suspend = new Button(getTranslation(shown.suspended() ? "directory.unsuspend" : "directory.suspend"), e -> {
                organizations.suspend(id, !shown.suspended());
                render();
            });
            suspend.setId("suspend-org");
            suspend.addThemeVariants(ButtonVariant.ERROR);
            add(new HorizontalLayout(verify, suspend));
        }
    }

    private void express(Entry entry) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("directory.express-interest"));
        TextArea message = new TextArea(getTranslation("directory.interest-message"));
        message.setId("interest-message");
        message.setWidthFull();
        message.setMaxLength(2000);
        message.setHelperText(getTranslation("directory.interest-help"));
        Button send = new Button(getTranslation("directory.send"), e -> {
            try {
                interests.express(entry.id(), message.getValue());
                dialog.close();
                Notification.show(getTranslation("directory.interest-sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInput refused) {
                message.setErrorMessage(getTranslation(refused.problems().getFirst().messageKey(), refused.problems().getFirst().arguments().toArray()));
                message.setInvalid(true);
            }
        });
        send.setId("interest-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(Labels.entry(this, entry)), message);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return profile == null ? getTranslation("directory.title") : Labels.name(this, profile.card());
    }
}
