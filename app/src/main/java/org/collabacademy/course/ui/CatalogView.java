package org.collabacademy.course.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseCatalog;
import org.collabacademy.course.CourseOutline;

/** All published courses, filterable by language and topic. Open to visitors. */
@Route("courses")
@Menu(title = "nav.courses", order = 10, icon = "vaadin:academy-cap")
@AnonymousAllowed
class CatalogView extends Main implements HasDynamicTitle {

    private final Select<Language> language = new Select<>();
    private final Select<String> topic = new Select<>();
    private final Div cards = new Div();
    private final List<CourseOutline> courses;

    CatalogView(CourseCatalog catalog) {
        addClassNames("wide-page", "catalog");
        courses = catalog.courses();

        language.setId("catalog-language");
        language.setLabel(getTranslation("catalog.language"));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("catalog.any-language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> l == null ? getTranslation("catalog.any-language") : l.nativeName());
        topic.setId("catalog-topic");
        topic.setLabel(getTranslation("catalog.topic"));
        topic.setEmptySelectionAllowed(true);
        topic.setEmptySelectionCaption(getTranslation("catalog.any-topic"));
        topic.setItems(courses.stream().flatMap(c -> c.topics().stream()).distinct().sorted().toList());
        topic.setItemLabelGenerator(t -> t == null ? getTranslation("catalog.any-topic") : t);
        language.addValueChangeListener(e -> show());
        topic.addValueChangeListener(e -> show());

        FlexLayout filters = new FlexLayout(language, topic);
        filters.addClassName("catalog-filters");
        cards.addClassName("course-cards");
        cards.setId("course-cards");
        add(new H1(getTranslation("catalog.title")), new Paragraph(getTranslation("catalog.lead")), filters, cards);
        show();
    }

    private void show() {
        cards.removeAll();
        List<CourseOutline> shown = courses.stream()
                .filter(c -> language.getValue() == null || c.languages().contains(language.getValue()))
                .filter(c -> topic.getValue() == null || c.topics().contains(topic.getValue()))
                .toList();
        shown.forEach(course -> cards.add(card(course)));
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(courses.isEmpty() ? "catalog.no-courses" : "catalog.no-match"));
            none.setId("catalog-empty");
            cards.add(none);
        }
    }

    private Section card(CourseOutline course) {
        Language reading = CourseLanguage.current();
        RouterLink title = new RouterLink(course.title(reading), CourseView.class, new RouteParameters("course", course.key()));
        Section card = new Section(new H2(title), new Paragraph(course.summary(reading)));
        card.addClassName("course-card");
        Paragraph meta = new Paragraph(getTranslation("catalog.meta", course.modules().size(), course.estimatedMinutes(),
                course.languages().stream().map(Language::nativeName).collect(Collectors.joining(", "))));
        meta.addClassName("course-meta");
        Div topics = new Div();
        topics.addClassName("topics");
        course.topics().stream().filter(Objects::nonNull).forEach(t -> {
            Span badge = new Span(t);
            badge.getElement().getThemeList().add("badge contrast pill");
            topics.add(badge);
        });
        card.add(meta, topics);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title");
    }
}
