package org.collabacademy.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.collabacademy.KaribuTest;
import org.junit.jupiter.api.Test;

class LandingViewTest extends KaribuTest {

    @Test
    void visitor_sees_the_offer_and_can_start_signing_up() {
        NavigatorKt.expectView(LandingView.class);
        _click(_get(Button.class, spec -> spec.withId("landing-sign-up")));
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("signup");
    }

    @Test
    void returning_user_is_welcomed_by_name_instead_of_being_asked_to_sign_up() {
        signInAs("returning");
        assertThat(_find(Button.class, spec -> spec.withId("landing-sign-up"))).isEmpty();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Welcome back, returning Tester.");
    }
}
