package org.collabacademy.course.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/** The table of contents of a module: every page, the one being read, and which are already read. */
class PageContents extends Nav {

    record Entry(String title, String href, boolean current, boolean read) {
    }

    PageContents(String heading, List<Entry> entries) {
        addClassName("page-contents");
        setId("page-contents");
        getElement().setAttribute("aria-label", heading);
        Span title = new Span(heading);
        title.addClassName("page-contents-title");
        OrderedList list = new OrderedList();
        for (Entry entry : entries) {
            Anchor link = new Anchor(entry.href(), entry.title());
            link.getElement().setAttribute("router-link", true);
            ListItem item = new ListItem(link);
            if (entry.current()) {
                link.getElement().setAttribute("aria-current", "page");
                item.addClassName("current");
            }
            if (entry.read()) {
                item.addClassName("read");
                var check = VaadinIcon.CHECK.create();
                check.addClassName("read-mark");
                check.getElement().setAttribute("aria-hidden", "true");
                Span label = new Span(getTranslation("reader.read"));
                label.addClassName("sr-only");
                item.add(check, label);
            }
            list.add(item);
        }
        add(title, list);
    }
}
