package org.collabacademy.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import java.util.Locale;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.directory.DirectoryViews.Entry;
import org.collabacademy.directory.DirectoryViews.ProfileCard;
import org.collabacademy.directory.NaceCodes;

/** How the directory's values read in the user's language, and the card that shows a profile in lists. */
final class Labels {

    private Labels() {
    }

    private static Locale locale(Component where) {
        return where.getUI().map(com.vaadin.flow.component.UI::getLocale).orElseGet(() -> {
            com.vaadin.flow.component.UI current = com.vaadin.flow.component.UI.getCurrent();
            return current == null ? Locale.ENGLISH : current.getLocale();
        });
    }

    static String country(String code, Locale locale) {
        return code.isEmpty() ? "" : Locale.of("", code).getDisplayCountry(locale);
    }

    static String nace(NaceCodes codes, String code, Locale locale) {
        Language language = Language.of(locale).orElse(Language.ENGLISH);
        return codes.division(code).map(d -> d.label(language)).orElse(code);
    }

    static String name(Component where, ProfileCard card) {
        return card.anonymous() ? where.getTranslation("directory.anonymous-firm", country(card.country(), locale(where))) : card.name();
    }

    static String entry(Component where, Entry entry) {
        return where.getTranslation("directory.kind." + entry.kind().name()) + " · " + where.getTranslation("directory.area." + entry.area().name())
                + " · " + where.getTranslation("directory.structure." + entry.structure().name()) + ": " + entry.text();
    }

    /** A profile in a list: name (or "anonymous firm"), place, sector, badges, and its offers and seeks. */
    static Div card(Component where, NaceCodes codes, ProfileCard card) {
        Div box = new Div();
        box.addClassName("module-card");
        box.setId("org-" + card.id());
        RouterLink link = new RouterLink(name(where, card), OrganizationView.class, new RouteParameters("id", String.valueOf(card.id())));
        link.setId("org-link-" + card.id());
        Div title = new Div(link);
        title.addClassName("org-title");
        if (card.verified()) {
            Span verified = new Span(where.getTranslation("directory.verified"));
            verified.getElement().getThemeList().add("badge success");
            title.add(verified);
        }
        box.add(title, new Paragraph(String.join(" · ", country(card.country(), locale(where)), card.region(), card.cluster(),
                nace(codes, card.nace(), locale(where)), where.getTranslation("directory.size." + card.size().name())).replaceAll("( · )+", " · ")));
        if (!card.description().isBlank()) {
            box.add(new Paragraph(card.description()));
        }
        card.entries().forEach(entry -> {
            Paragraph line = new Paragraph(entry(where, entry));
            line.addClassName("org-entry");
            box.add(line);
        });
        return box;
    }

    /** A button that runs a directory action, then redraws its view; a refusal is shown, never thrown at the user. */
    static Button action(Component where, String label, String id, ButtonVariant variant, Runnable action, Runnable redraw) {
        Button button = new Button(where.getTranslation(label), e -> {
            try {
                action.run();
                redraw.run();
            } catch (InvalidInput refused) {
                notify(where, refused);
            }
        });
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    static void notify(Component where, InvalidInput refused) {
        InvalidInput.Problem problem = refused.problems().getFirst();
        Notification.show(where.getTranslation(problem.messageKey(), problem.arguments().toArray()), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
