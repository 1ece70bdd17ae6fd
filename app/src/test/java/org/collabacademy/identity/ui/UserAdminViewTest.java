package org.collabacademy.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import org.collabacademy.KaribuTest;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

class UserAdminViewTest extends KaribuTest {

    @Autowired SessionRegistry sessions;
    @Autowired UserDetailsService users;

    @Test
    void learners_cannot_open_user_management() {
        signInAs("curious");
        navigate("admin/users");
        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(UserAdminView.class);
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in() {
        navigate("admin/users");
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("signin");
    }

    @Test
    void administrator_finds_a_user_and_makes_them_a_trainer() {
        UserSummary future = accounts.create("future-trainer");
        signInAs("admin", Role.ADMIN);
        navigate("admin/users");

        userSets(_get(TextField.class, spec -> spec.withId("user-search")), future.email());
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).email()).isEqualTo(future.email());

        _click((Button) GridKt._getCellComponent(grid, 0, "edit"));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
        userSets(roles, EnumSet.of(Role.LEARNER, Role.TRAINER));
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(GridKt._get(grid, 0).roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
    }

    @Test
    void administrator_disables_another_account_which_can_no_longer_sign_in_and_whose_sessions_end() {
        UserSummary leaver = accounts.create("leaving-firm");
        sessions.registerNewSession("session-of-" + leaver.id(), users.loadUserByUsername(leaver.email()));
        signInAs("admin", Role.ADMIN);
        navigate("admin/users");
        userSets(_get(TextField.class, spec -> spec.withId("user-search")), leaver.email());
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(GridKt._get(grid, 0).enabled()).isTrue();

        _click((Button) GridKt._getCellComponent(grid, 0, "edit"));
        userSets(_get(Checkbox.class, spec -> spec.withId("user-enabled")), false);
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        NotificationsKt.expectNotifications("Saved the changes to leaving-firm Tester.");
        assertThat(GridKt._get(grid, 0).enabled()).isFalse();
        assertThat(users.loadUserByUsername(leaver.email()).isEnabled()).isFalse();
        assertThat(sessions.getSessionInformation("session-of-" + leaver.id()).isExpired()).isTrue();
    }

    @Test
    void administrator_cannot_disable_themselves_and_nothing_changes() {
        UserSummary admin = signInAs("lonely-admin", Role.ADMIN);
        navigate("admin/users");
        userSets(_get(TextField.class, spec -> spec.withId("user-search")), admin.email());
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users"));

        _click((Button) GridKt._getCellComponent(grid, 0, "edit"));
        userSets(_get(Checkbox.class, spec -> spec.withId("user-enabled")), false);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
        userSets(roles, EnumSet.of(Role.LEARNER, Role.ADMIN, Role.MODERATOR));
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        NotificationsKt.expectNotifications("You cannot disable your own account.");
        assertThat(GridKt._get(grid, 0).roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.ADMIN);
        assertThat(GridKt._get(grid, 0).enabled()).isTrue();
    }
}
