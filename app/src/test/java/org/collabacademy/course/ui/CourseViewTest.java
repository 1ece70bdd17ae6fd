package org.collabacademy.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
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
    void an_unknown_course_is_not_found() {
        navigate("courses/no-such-course");
        assertThat(_find(H1.class).stream().map(H1::getText)).doesNotContain("Collaborate to Compete");
        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(CourseView.class);
    }
}
