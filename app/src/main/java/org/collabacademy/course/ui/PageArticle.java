package org.collabacademy.course.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.collabacademy.base.ui.CompactHtml;

/** A page's text as learners read it; the HTML was sanitized when the course was imported. */
class PageArticle extends Article {

    PageArticle(String title, String html, String notice) {
        addClassName("reader-article");
        setId("page-article");
        if (!notice.isEmpty()) {
            Paragraph fallback = new Paragraph(notice);
            fallback.addClassName("translation-notice");
            fallback.setId("translation-notice");
            add(fallback);
        }
        H1 heading = new H1(title);
        heading.setId("page-title");
        Div body = new Div();
        body.addClassName("page-body");
        body.setId("page-body");
        body.getElement().setProperty("innerHTML", CompactHtml.of(html));
        add(heading, body);
    }
}
