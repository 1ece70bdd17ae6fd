package org.collabacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.collabacademy.IntegrationTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.session.SessionRegistry;

@IntegrationTest
class AccountServiceTest {

    @Autowired AccountService service;
    @Autowired AccountLanguagePreferences languages;
    @Autowired UserAccountRepository repository;
    @Autowired TestAccounts accounts;
    @Autowired SessionRegistry sessions;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;
    @Autowired org.springframework.context.ApplicationContext context;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void sign_up_stores_a_learner_with_a_hashed_password_and_a_normalized_email() {
        String email = TestAccounts.uniqueEmail("Hash");
        UserSummary user = service.signUp(new SignUp("  Hanna Hash ", " " + email.toUpperCase() + " ", TestAccounts.PASSWORD, "Hash GmbH", Language.GERMAN));

        UserAccount stored = repository.findById(user.id()).orElseThrow();
        assertThat(stored.email()).isEqualTo(email.toLowerCase());
        assertThat(stored.displayName()).isEqualTo("Hanna Hash");
        assertThat(stored.roles()).containsExactly(Role.LEARNER);
        assertThat(stored.language()).contains(Language.GERMAN);
        assertThat(stored.passwordHash()).startsWith("{bcrypt}").doesNotContain(TestAccounts.PASSWORD);
        assertThat(encoder.matches(TestAccounts.PASSWORD, stored.passwordHash())).isTrue();
    }

    @Test
    void sign_up_reports_every_problem_at_once_and_stores_nothing() {
        long before = repository.count();
        assertThatThrownBy(() -> service.signUp(new SignUp("", "not-an-email", "short", "", Language.ENGLISH)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("displayName", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("email", "signup.email.invalid"),
                                org.assertj.core.groups.Tuple.tuple("password", "password.too-short")));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void only_administrators_may_list_or_change_accounts() {
        UserSummary learner = accounts.create("plain");
        accounts.signIn(learner.email());
        assertThatThrownBy(() -> service.findUsers("", PageRequest.of(0, 10))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.updateAccess(learner.id(), EnumSet.of(Role.ADMIN), true))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(repository.findById(learner.id()).orElseThrow().roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void search_treats_wildcards_as_plain_text() {
        accounts.create("percent");
        accounts.signIn(TestAccounts.FIRST_ADMIN);
        assertThat(service.findUsers("%", PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(service.findUsers("_", PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(service.findUsers("percent-", PageRequest.of(0, 10)).getContent()).isNotEmpty();
    }

    @Test
    void every_account_keeps_the_learner_role() {
        UserSummary user = accounts.create("keeps");
        accounts.signIn(TestAccounts.FIRST_ADMIN);
        assertThat(service.updateAccess(user.id(), EnumSet.of(Role.MODERATOR), true).roles())
                .containsExactlyInAnyOrder(Role.LEARNER, Role.MODERATOR);
    }

    @Test
    void disabling_an_account_ends_its_open_sessions() {
        UserSummary user = accounts.create("to-disable");
        SignedInUser principal = new SignedInUser(repository.findById(user.id()).orElseThrow());
        sessions.registerNewSession("session-of-" + user.id(), principal);

        accounts.signIn(TestAccounts.FIRST_ADMIN);
        service.updateAccess(user.id(), EnumSet.of(Role.LEARNER), false);

        assertThat(sessions.getSessionInformation("session-of-" + user.id()).isExpired()).isTrue();
        assertThat(repository.findById(user.id()).orElseThrow().enabled()).isFalse();
    }

    @Test
    void the_chosen_language_is_kept_on_the_account() {
        UserSummary user = accounts.create("speaker");
        accounts.signIn(user.email());
        assertThat(languages.ofCurrentUser()).contains(Language.ENGLISH);
        languages.rememberForCurrentUser(Language.SPANISH);
        assertThat(languages.ofCurrentUser()).contains(Language.SPANISH);
    }

    @Test
    void language_preferences_need_a_signed_in_user() {
        assertThatThrownBy(() -> languages.rememberForCurrentUser(Language.SPANISH))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_first_administrator_comes_from_configuration() {
        UserAccount admin = repository.findByEmail(TestAccounts.FIRST_ADMIN).orElseThrow();
        assertThat(admin.roles()).contains(Role.ADMIN);
        assertThat(repository.findByEmail("admin@demo.collabacademy.org")).isEmpty();
    }

    @Test
    void outside_demo_mode_no_demo_account_exists() {
        assertThat(context.getBeanNamesForType(DemoAccounts.class)).isEmpty();
        assertThat(DemoAccounts.ALL).hasSize(4);
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
            assertThat(repository.findByEmail(demo.email())).as(demo.email()).isEmpty();
        }
    }
}
