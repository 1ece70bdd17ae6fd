package org.collabacademy.directory.ui;

import org.collabacademy.base.ui.ShownName;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.directory.DirectoryViews.InterestLine;
import org.collabacademy.directory.InterestStatus;
import org.collabacademy.directory.Interests;

/**
 * Expressions of interest sent and received by my organization, with their status; the receiving side accepts
 * or declines. After acceptance both see each other's name and contacts and can write in a private conversation.
 */
@Route("directory/interests")
@Menu(title = "nav.interests", order = 11, icon = "vaadin:handshake")
@PermitAll
class InterestsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Interests interests;

    InterestsView(Interests interests) {
        this.interests = interests;
        addClassNames("wide-page", "interests-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("directory.interests")));
        List<InterestLine> lines = interests.mine();
        if (lines.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("directory.interests-none"));
            none.setId("interests-none");
            add(none);
        }
        section("directory.interests-received", "received", lines.stream().filter(l -> !l.sentByUs()).toList());
        section("directory.interests-sent", "sent", lines.stream().filter(InterestLine::sentByUs).toList());
    }

    private void section(String heading, String id, List<InterestLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Section section = new Section(new H2(getTranslation(heading)));
        section.setId("interests-" + id);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        for (InterestLine line : lines) {
            Div card = new Div();
            card.addClassName("module-card");
            card.setId("interest-" + line.id());
            String other = line.otherName() == null ? getTranslation("directory.firm-from", line.otherRegion()) : line.otherName();
            Span status = new Span(getTranslation("directory.status." + line.status().name()));
            status.getElement().getThemeList().add("badge" + (line.status() == InterestStatus.ACCEPTED ? " success"
                    : line.status() == InterestStatus.DECLINED ? " error" : ""));
            status.setId("interest-status-" + line.id());
            card.add(new HorizontalLayout(new Span(other), status), new Paragraph(Labels.entry(this, line.entry())),
                    new Paragraph("“" + line.message() + "” · " + date.format(line.createdAt())));
            if (line.canDecide()) {
                card.add(new HorizontalLayout(button("directory.accept", "accept-" + line.id(), ButtonVariant.PRIMARY,
                        () -> interests.decide(line.id(), true)), button("directory.decline", "decline-" + line.id(), ButtonVariant.TERTIARY,
                        () -> interests.decide(line.id(), false))));
            }
            if (line.canWithdraw()) {
                card.add(button("directory.withdraw", "withdraw-" + line.id(), ButtonVariant.TERTIARY, () -> interests.withdraw(line.id())));
            }
            if (line.otherContact() != null) {
                Div contact = new Div(new Paragraph(getTranslation("directory.contact") + ": " + line.otherContact().name()),
                        new Paragraph(new Anchor("mailto:" + line.otherContact().email(), line.otherContact().email())),
                        new Paragraph(line.otherContact().phone()));
                contact.setId("interest-contact-" + line.id());
                card.add(contact, conversation(line));
            }
            section.add(card);
        }
        add(section);
    }

    private Div conversation(InterestLine line) {
        Div box = new Div();
        box.setId("conversation-" + line.id());
        box.addClassName("conversation");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        interests.conversation(line.id()).forEach(message -> {
            Paragraph p = new Paragraph(ShownName.of(this, message.author()) + " (" + date.format(message.at()) + "): " + message.text());
            p.addClassName(message.mine() ? "message-mine" : "message-theirs");
            box.add(p);
        });
        TextArea text = new TextArea(getTranslation("directory.write-message"));
        text.setId("message-" + line.id());
        text.setWidthFull();
        text.setMaxLength(4000);
        Button send = new Button(getTranslation("directory.send"), e -> {
            try {
                interests.write(line.id(), text.getValue());
                render();
            } catch (InvalidInput refused) {
                text.setErrorMessage(getTranslation(refused.problems().getFirst().messageKey(), refused.problems().getFirst().arguments().toArray()));
                text.setInvalid(true);
            }
        });
        send.setId("send-message-" + line.id());
        box.add(text, send);
        return box;
    }

    private Button button(String label, String id, ButtonVariant variant, Runnable action) {
        return Labels.action(this, label, id, variant, action, this::render);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.interests");
    }
}
