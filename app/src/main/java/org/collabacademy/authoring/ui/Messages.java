package org.collabacademy.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.course.content.ContentProblem;

/** How refusals and content problems read in the authoring views. */
final class Messages {

    private Messages() {
    }

    static String of(Component where, InvalidInput.Problem problem) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(where.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(java.util.Locale.ENGLISH)).withZone(ZoneId.systemDefault());
        return where.getTranslation(problem.messageKey(), problem.arguments().stream()
                .map(argument -> argument instanceof Instant at ? time.format(at) : argument).toArray());
    }

    /** Puts each problem next to its field when the form has one, else in a notification. */
    static void show(Component where, InvalidInput refused, Map<String, ? extends HasValidation> fields) {
        for (InvalidInput.Problem problem : refused.problems()) {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(of(where, problem));
                field.setInvalid(true);
            } else {
                notify(where, refused);
            }
        }
    }

    static void notify(Component where, InvalidInput refused) {
        Notification.show(of(where, refused.problems().getFirst()), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Problems as the importer words them, {@code file:line: message}, in a list a trainer can work through. */
    static Div problems(Component where, String id, List<ContentProblem> problems) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("content-problems");
        if (!problems.isEmpty()) {
            box.add(new com.vaadin.flow.component.html.Paragraph(where.getTranslation("authoring.problems", problems.size())));
            UnorderedList list = new UnorderedList();
            problems.forEach(p -> list.add(new ListItem(p.toString())));
            box.add(list);
        }
        return box;
    }
}
