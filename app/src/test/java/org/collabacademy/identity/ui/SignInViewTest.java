package org.collabacademy.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.html.Paragraph;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.login.LoginForm;
import java.util.Locale;
import org.collabacademy.KaribuTest;
import org.junit.jupiter.api.Test;

class SignInViewTest extends KaribuTest {

    @Test
    void form_posts_to_spring_security_and_offers_sign_up() {
        navigate("signin");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("signin");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
    }

    @Test
    void failed_sign_in_shows_the_error() {
        navigate("signin?error");
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void throttled_sign_in_says_how_long_to_wait() {
        navigate("signin?wait=42");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("42 seconds");
    }

    @Test
    void empty_fields_are_reported_in_the_users_language() {
        navigate("signin");
        assertThat(i18n()).contains("Please enter your e-mail address.", "Please enter your password.")
                .doesNotContain("Username is required");

        MockVaadin.tearDown();
        start(Locale.GERMAN);
        navigate("signin");
        assertThat(i18n()).contains("Bitte geben Sie Ihre E-Mail-Adresse ein.", "Bitte geben Sie Ihr Passwort ein.");
        // also after a failed attempt, which sets the texts anew
        navigate("signin?wait=3");
        assertThat(i18n()).contains("Bitte geben Sie Ihre E-Mail-Adresse ein.", "Zu viele Versuche");
    }

    /** The texts the form's web component receives (the Java getter is not public). */
    private static String i18n() {
        return String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
    }

    @Test
    void new_account_is_greeted_after_sign_up() {
        navigate("signin?registered");
        Paragraph notice = _get(Paragraph.class, spec -> spec.withId("sign-in-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("Your account is ready");
    }

    @Test
    void signed_in_user_is_sent_to_the_front_page() {
        signInAs("already-in");
        navigate("signin");
        assertThat(NavigatorKt.getCurrentPath()).isEmpty();
    }
}
