package org.collabacademy.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.collabacademy.KaribuTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.base.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

class SignUpViewTest extends KaribuTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void open() {
        navigate("signup");
    }

    @Test
    void visitor_creates_an_account_and_is_asked_to_sign_in() {
        String email = TestAccounts.uniqueEmail("newcomer");
        fill("Nadia Newcomer", email, "tea with partners at noon");
        userSets(_get(Select.class, spec -> spec.withId("sign-up-language")), Language.RUSSIAN);
        submit();

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("signin?registered");
        assertThat(users.loadUserByUsername(email).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_LEARNER");
    }

    @Test
    void invalid_email_is_reported_next_to_the_field_and_nothing_is_stored() {
        fill("Ivan", "ivan-at-example", "tea with partners at noon");
        submit();

        assertThat(field(EmailField.class, "sign-up-email").isInvalid()).isTrue();
        assertThat(field(EmailField.class, "sign-up-email").getErrorMessage()).isEqualTo("This is not a valid e-mail address.");
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("signup");
    }

    @Test
    void weak_password_is_reported_next_to_the_field() {
        String email = TestAccounts.uniqueEmail("weak");
        fill("Walter", email, "password123");
        submit();

        PasswordField password = field(PasswordField.class, "sign-up-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("too common");
        assertNotStored(email);
    }

    @Test
    void a_taken_email_is_refused_whatever_its_case() {
        var existing = accounts.create("taken");
        fill("Someone Else", existing.email().toUpperCase(), "tea with partners at noon");
        submit();

        assertThat(field(EmailField.class, "sign-up-email").getErrorMessage()).contains("already exists");
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("signup");
        // still the one account, as it was
        assertThat(jdbc.queryForObject("select count(*) from user_account where lower(email) = ?", Long.class, existing.email()))
                .isEqualTo(1L);
        assertThat(jdbc.queryForObject("select display_name from user_account where email = ?", String.class, existing.email()))
                .isEqualTo("taken Tester");
    }

    @Test
    void ten_thousand_character_fields_are_refused_field_by_field() {
        String huge = "x".repeat(10_000);
        String email = huge + "@example.org";
        fill(huge, email, huge);
        userSets(field(TextField.class, "sign-up-organization"), huge);
        submit();

        assertInvalid(field(TextField.class, "sign-up-name"), "This is too long: at most 100 characters.");
        assertInvalid(field(EmailField.class, "sign-up-email"), "This is too long: at most 254 characters.");
        assertInvalid(field(PasswordField.class, "sign-up-password"), "The password is too long: use at most 128 characters.");
        assertInvalid(field(TextField.class, "sign-up-organization"), "This is too long: at most 200 characters.");
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("signup");
        assertNotStored(email);
    }

    @Test
    void empty_form_marks_every_required_field() {
        submit();
        assertThat(field(TextField.class, "sign-up-name").getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(field(EmailField.class, "sign-up-email").isInvalid()).isTrue();
    }

    private static void assertInvalid(com.vaadin.flow.component.HasValidation field, String message) {
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    private void assertNotStored(String email) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.loadUserByUsername(email))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    private static void fill(String name, String email, String password) {
        userSets(field(TextField.class, "sign-up-name"), name);
        userSets(field(EmailField.class, "sign-up-email"), email);
        userSets(field(PasswordField.class, "sign-up-password"), password);
    }

    private static void submit() {
        _click(_get(Button.class, spec -> spec.withId("sign-up-submit")));
    }

    private static <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }
}
