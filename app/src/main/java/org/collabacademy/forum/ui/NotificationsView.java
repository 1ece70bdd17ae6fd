package org.collabacademy.forum.ui;

import org.collabacademy.base.ui.ShownName;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.collabacademy.forum.EmailMode;
import org.collabacademy.forum.ForumViews.NotificationLine;
import org.collabacademy.forum.Inbox;

/** The user's notifications (newest first, unread marked) and their default e-mail choice. */
@Route("notifications")
@PermitAll
class NotificationsView extends Main implements HasDynamicTitle {

    NotificationsView(Inbox inbox) {
        addClassNames("wide-page", "notifications-page");
        Select<EmailMode> email = new Select<>();
        email.setId("email-default");
        email.setLabel(getTranslation("forum.email-default"));
        email.setHelperText(getTranslation("forum.email-default-help"));
        email.setItems(EmailMode.values());
        email.setItemLabelGenerator(m -> getTranslation("forum.email." + m.name()));
        email.setValue(inbox.emailDefault());
        email.addValueChangeListener(e -> inbox.chooseEmailDefault(e.getValue()));

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        Grid<NotificationLine> grid = new Grid<>();
        grid.setId("notifications");
        grid.addComponentColumn(line -> {
            Span what = new Span(getTranslation("forum.notification." + line.reason().name(), ShownName.of(this, line.authorName()), line.threadTitle()));
            if (!line.read()) {
                what.addClassName("unread");
            }
            Div cell = new Div(what, new Paragraph(line.placeTitle() + " · " + line.excerpt()));
            return cell;
        }).setHeader(getTranslation("forum.notification")).setFlexGrow(1).setKey("what");
        grid.addColumn(line -> date.format(line.at())).setHeader(getTranslation("forum.when")).setAutoWidth(true);
        grid.setItems(query -> inbox.notifications(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> {
            NotificationLine line = click.getItem();
            inbox.markRead(line.id());
            UI.getCurrent().navigate(ThreadView.class, new RouteParameters(Map.of("place", line.placeKey(), "thread", String.valueOf(line.threadId()))),
                    QueryParameters.of("post", String.valueOf(line.postNumber())));
        });
        Button all = new Button(getTranslation("forum.mark-all-read"), e -> {
            inbox.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        all.setId("mark-all-read");
        all.addThemeVariants(ButtonVariant.TERTIARY);
        add(new H1(getTranslation("forum.notifications")), new HorizontalLayout(email), all, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forum.notifications");
    }
}
