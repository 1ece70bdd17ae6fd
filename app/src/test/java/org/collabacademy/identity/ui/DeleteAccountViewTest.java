package org.collabacademy.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import org.collabacademy.KaribuTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class DeleteAccountViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void anonymous_visitors_are_sent_to_sign_in() {
        navigate("account/delete");
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("signin");
    }

    @Test
    void the_page_says_what_goes_and_a_wrong_password_keeps_the_account() {
        UserSummary me = signInAs("thinking-it-over");
        navigate("account/delete");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("delete-consequences")).getChildren().count()).isEqualTo(5);

        PasswordField password = _get(PasswordField.class, spec -> spec.withId("delete-password"));
        userSets(password, "guessing");
        _click(_get(Button.class, spec -> spec.withId("delete-submit")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("This is not your password.");
        assertThat(jdbc.queryForObject("select email from user_account where id = ?", String.class, me.id())).isEqualTo(me.email());
    }

    @Test
    void the_right_password_deletes_the_account() {
        UserSummary me = signInAs("really-leaving");
        navigate("account/delete");
        userSets(_get(PasswordField.class, spec -> spec.withId("delete-password")), TestAccounts.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("delete-submit")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(jdbc.queryForObject("select deleted_at is not null from user_account where id = ?", Boolean.class, me.id())).isTrue();
    }
}
