package org.collabacademy.course.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The table of contents of a module: every page, the one being read, and which are already read. One element of
 * HTML with router links: as components each entry cost four state nodes, a third of the reader's session.
 */
class PageContents extends Html {

    record Entry(String title, String href, boolean current, boolean read) {
    }

    PageContents(String heading, List<Entry> entries) {
        super(render(heading, entries));
    }

    private static String render(String heading, List<Entry> entries) {
        Element nav = new Element("nav").id("page-contents").addClass("page-contents").attr("aria-label", heading);
        nav.appendElement("span").addClass("page-contents-title").text(heading);
        Element list = nav.appendElement("ol");
        for (Entry entry : entries) {
            Element item = list.appendElement("li");
            Element link = item.appendElement("a").attr("href", entry.href()).attr("router-link", "").text(entry.title());
            if (entry.current()) {
                link.attr("aria-current", "page");
                item.addClass("current");
            }
            if (entry.read()) {
                item.addClass("read");
                item.appendElement("vaadin-icon").attr("icon", "vaadin:check").addClass("read-mark").attr("aria-hidden", "true");
                item.appendElement("span").addClass("sr-only").text(I18NProvider.translate("reader.read"));
            }
        }
        return nav.outerHtml();
    }
}
