package org.collabacademy.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.collabacademy.KaribuTest;
import org.junit.jupiter.api.Test;

class CourseViewTest extends KaribuTest {

    private static final String COURSE = "courses/collaborate-to-compete";

    @Test
    void visitors_see_modules_and_are_asked_to_sign_in_to_read() {
        navigate(COURSE);
        assertThat(_get(H1.class).getText()).isEqualTo("Collaborate to Compete");
        assertThat(_find(H3.class).stream().map(h -> h.getElement().getTextRecursively())).containsExactly(
                "Examples of Collaborations", "Communities of Practice and Knowledge Sharing", "Shared Platforms and Partnerships in Your Sector");
        Button start = _get(Button.class, spec -> spec.withId("course-start"));
        assertThat(start.getText()).isEqualTo("Sign in to start reading");
        _click(start);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("signin");
    }

    @Test
    void a_learner_starts_at_the_first_page_and_later_continues_where_they_left_off() {
        signInAs("starter");
        navigate(COURSE);
        Button start = _get(Button.class, spec -> spec.withId("course-start"));
        assertThat(start.getText()).isEqualTo("Start the course");
        _click(start);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("courses/collaborate-to-compete/examples-of-collaborations/introduction");

        navigate("courses/collaborate-to-compete/examples-of-collaborations/five-sme-types");
        navigate(COURSE);
        assertThat(_get(ProgressBar.class, spec -> spec.withId("course-progress")).getValue()).isEqualTo(2.0);
        Button resume = _get(Button.class, spec -> spec.withId("course-start"));
        assertThat(resume.getText()).isEqualTo("Continue where you left off");
        _click(resume);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("courses/collaborate-to-compete/examples-of-collaborations/five-sme-types");
    }

    @Test
    void each_module_shows_its_objectives_and_estimated_time() {
        navigate(COURSE);
        List<Section> cards = _find(Section.class, spec -> spec.withClasses("module-card"));
        assertThat(cards).hasSize(3);
        assertThat(texts(cards.getFirst(), Paragraph.class)).contains("About 50 min · pages: 10", "After this module you can:");
        assertThat(objectives(cards.getFirst())).hasSize(6).startsWith(
                "Explain why SMEs gain more from combining knowledge and skills than from combining capital");
        assertThat(texts(cards.get(1), Paragraph.class)).contains("About 35 min · pages: 4");
        assertThat(objectives(cards.get(1))).contains(
                "Distinguish tacit from explicit knowledge and say why both matter for SMEs in a cluster");
    }

    @Test
    void a_german_visitor_sees_the_course_page_in_german() {
        MockVaadin.tearDown();
        start(Locale.GERMAN);
        navigate(COURSE);
        assertThat(_get(H1.class).getText()).isEqualTo("Kooperieren, um im Wettbewerb zu bestehen");
        assertThat(_find(H3.class).stream().map(h -> h.getElement().getTextRecursively())).containsExactly(
                "Beispiele für Kooperationen", "Praxisgemeinschaften und Wissensaustausch", "Gemeinsame Plattformen und Partnerschaften in Ihrer Branche");
        Section first = _find(Section.class, spec -> spec.withClasses("module-card")).getFirst();
        assertThat(texts(first, Paragraph.class)).contains("Etwa 50 Min. · Seiten: 10", "Nach diesem Modul können Sie:");
        assertThat(objectives(first)).startsWith(
                "Erklären, warum KMU mehr davon profitieren, Wissen und Fähigkeiten zu bündeln als Kapital");
    }

    private static List<String> objectives(Section card) {
        return texts(_get(card, UnorderedList.class, spec -> spec.withClasses("module-objectives")), ListItem.class);
    }

    private static List<String> texts(Component within, Class<? extends Component> type) {
        return _find(within, type).stream().map(c -> c.getElement().getTextRecursively()).toList();
    }

    @Test
    void an_unknown_course_is_not_found() {
        navigate("courses/no-such-course");
        assertThat(_find(H1.class).stream().map(H1::getText)).doesNotContain("Collaborate to Compete");
        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(CourseView.class);
    }
}
