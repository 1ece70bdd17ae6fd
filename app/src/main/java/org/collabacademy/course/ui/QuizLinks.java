package org.collabacademy.course.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseOutline.ModuleOutline;
import org.collabacademy.course.CourseOutline.QuizLink;
import org.collabacademy.course.Localized;

/** The quiz and self-assessments of a module, linked by address (the quiz feature shows them). */
final class QuizLinks {

    private QuizLinks() {
    }

    static Nav of(ModuleOutline module, Language language, Language fallback) {
        Nav nav = new Nav();
        nav.addClassName("quiz-links");
        nav.setId("quiz-links-" + module.key());
        Span heading = new Span(nav.getTranslation("reader.check-yourself"));
        heading.addClassName("page-contents-title");
        nav.getElement().setAttribute("aria-label", heading.getText());
        UnorderedList list = new UnorderedList();
        for (QuizLink quiz : module.quizzes()) {
            String label = nav.getTranslation(quiz.graded() ? "reader.quiz" : "reader.self-assessment", Localized.pick(quiz.titles(), language, fallback));
            Anchor link = new Anchor("/" + quiz.path(), label);
            link.getElement().setAttribute("router-link", true);
            link.setId("quiz-link-" + module.key() + "-" + quiz.key());
            list.add(new ListItem(link));
        }
        nav.add(heading, list);
        return nav;
    }
}
