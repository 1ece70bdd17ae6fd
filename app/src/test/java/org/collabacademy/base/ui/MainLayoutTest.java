package org.collabacademy.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.util.Locale;
import org.collabacademy.KaribuTest;
import org.collabacademy.base.Language;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

class MainLayoutTest extends KaribuTest {

    @Autowired SessionRegistry sessions;
    @Autowired UserDetailsService users;

    @Test
    void anonymous_visitor_is_offered_sign_in_and_sign_up_and_no_admin_pages() {
        assertThat(_find(Button.class, spec -> spec.withId("shell-sign-in"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("shell-sign-up"))).hasSize(1);
        assertThat(_find(UserMenu.class)).isEmpty();
        assertThat(navigationPaths()).doesNotContain("admin/users");
    }

    @Test
    void navigation_shows_user_management_to_administrators_only() {
        signInAs("learner");
        assertThat(navigationPaths()).doesNotContain("admin/users");

        signInAs("admin", Role.ADMIN);
        assertThat(navigationPaths()).contains("admin/users");
        assertThat(navigationLabels()).contains("Users");
    }

    @Test
    void the_menu_made_once_per_roles_and_language_follows_each_user_and_language_in_turn() {
        // the menu is cached (NavigationMenus): each combination must still get its own
        signInAs("menu-admin", Role.ADMIN);
        assertThat(navigationPaths()).contains("admin/users");
        UserSummary learner = signInAs("menu-learner");
        assertThat(navigationPaths()).doesNotContain("admin/users").contains("courses");
        assertThat(navigationLabels()).contains("Courses");
        userSets(_get(LanguageSwitch.class), Language.GERMAN);
        MockVaadin.tearDown(); // the switch reloads the page: a new UI
        accounts.signIn(learner.email());
        start(Locale.ENGLISH);
        assertThat(navigationLabels()).contains("Kurse").doesNotContain("Courses");
        signOut();
        assertThat(navigationPaths()).doesNotContain("admin/users", "my-learning");
        signInAs("menu-admin-again", Role.ADMIN);
        assertThat(navigationPaths()).contains("admin/users");
    }

    @Test
    void signed_in_user_finds_their_name_in_the_user_menu() {
        signInAs("menu");
        UserMenu menu = _get(UserMenu.class, spec -> spec.withId("user-menu"));
        assertThat(menu.getElement().getAttribute("aria-label")).isEqualTo("Account menu of menu Tester");
        // the browser draws the items: the name, and under it the three choices, each naming its action
        assertThat(menu.getElement().getPropertyRaw("items").toString()).contains("\"text\":\"menu Tester\"",
                "\"action\":\"my-data\"", "\"action\":\"delete-account\"", "\"action\":\"sign-out\"", "Sign out");
        assertThat(menu.getElement().getStyle().get("--user-initial")).isEqualTo("\"M\"");
        assertThat(_find(Button.class, spec -> spec.withId("shell-sign-in"))).isEmpty();
    }

    @Test
    void signing_out_from_the_user_menu_ends_this_session_and_the_persons_other_sessions() {
        UserSummary user = signInAs("leaving");
        // the same person's session on another device, as Spring Security's session registry knows it
        sessions.registerNewSession("phone-of-" + user.id(), users.loadUserByUsername(user.email()));
        var httpSession = (FakeHttpSession) ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        assertThat(httpSession.isValid()).isTrue();

        choose(UserMenu.SIGN_OUT);

        assertThat(httpSession.isValid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(sessions.getSessionInformation("phone-of-" + user.id()).isExpired()).isTrue();
    }

    @Test
    void an_anonymous_visitor_sees_the_language_of_their_browser() {
        stopAndStart(Locale.forLanguageTag("ru-RU"));
        assertThat(_get(H1.class).getText()).isEqualTo("Научитесь сотрудничать. Затем сотрудничайте.");

        stopAndStart(Locale.forLanguageTag("fi-FI"));
        assertThat(_get(H1.class).getText()).isEqualTo("Learn to collaborate. Then collaborate.");
    }

    @Test
    void a_chosen_language_applies_at_once_and_follows_the_user_to_their_next_session() {
        UserSummary user = signInAs("polyglot");
        // the browser draws the choices from the items: each language by its own name
        assertThat(_get(LanguageSwitch.class).getElement().getPropertyRaw("items").toString())
                .contains("\"label\":\"Deutsch\"", "\"value\":\"ru\"", "Русский", "Español", "English");
        userSets(_get(LanguageSwitch.class), Language.GERMAN);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("de");

        // a new session on another device, whose browser asks for Spanish
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        accounts.signIn(user.email());
        start(Locale.forLanguageTag("es"));
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("de");
        assertThat(_get(LanguageSwitch.class).getValue()).isEqualTo(Language.GERMAN);
    }

    private void stopAndStart(Locale browser) {
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        start(browser);
    }

    @Test
    void the_user_menu_leads_to_deleting_the_account_and_a_forged_choice_does_nothing() {
        signInAs("menu-chooser");
        navigate("courses");
        choose("promote-me");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("courses");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
        choose(UserMenu.DELETE_ACCOUNT);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("account/delete");
    }

    @Test
    void the_initial_is_the_first_letter_or_digit_of_the_name() {
        assertThat(UserMenu.initial("élodie Martin")).isEqualTo("É");
        assertThat(UserMenu.initial("\"; } 7 Zwerge")).isEqualTo("7");
        assertThat(UserMenu.initial("")).isEqualTo("?");
    }

    /** What the browser sends when the user chooses an item of the user menu. */
    private static void choose(String action) {
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(_get(UserMenu.class), "item-selected",
                tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put(UserMenu.ACTION, action));
    }

    private static java.util.List<String> navigationPaths() {
        return navigationItems().stream().map(item -> item.attr("path")).toList();
    }

    private static java.util.List<String> navigationLabels() {
        return navigationItems().stream().map(org.jsoup.nodes.Element::text).toList();
    }

    private static org.jsoup.select.Elements navigationItems() {
        return shownInside(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("main-navigation"))).select("vaadin-side-nav-item");
    }
}
