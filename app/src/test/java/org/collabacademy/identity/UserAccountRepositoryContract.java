package org.collabacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.collabacademy.TestAccounts;
import org.collabacademy.base.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Repository behaviour that must hold on H2 and on PostgreSQL alike. */
abstract class UserAccountRepositoryContract {

    @Autowired UserAccountRepository repository;

    private UserAccount newAccount(String email, Role... roles) {
        return new UserAccount(email, "Repo " + email.substring(0, 6), "Repo Org", "{noop}x", roles.length == 0 ? EnumSet.of(Role.LEARNER) : EnumSet.of(roles[0], roles),
                Language.RUSSIAN, Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void stores_and_finds_an_account_with_its_roles_and_language() {
        String email = TestAccounts.uniqueEmail("repo");
        UserAccount saved = repository.saveAndFlush(newAccount(email, Role.TRAINER));

        UserAccount found = repository.findByEmail(email).orElseThrow();
        assertThat(found.id()).isEqualTo(saved.id());
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
        assertThat(found.language()).contains(Language.RUSSIAN);
        assertThat(found.createdAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(repository.existsByEmail(email)).isTrue();
    }

    @Test
    void the_database_refuses_a_second_account_with_the_same_email() {
        String email = TestAccounts.uniqueEmail("twice");
        repository.saveAndFlush(newAccount(email));
        assertThatThrownBy(() -> repository.saveAndFlush(newAccount(email.toUpperCase())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void finds_whether_anyone_holds_a_role() {
        repository.saveAndFlush(newAccount(TestAccounts.uniqueEmail("mod"), Role.MODERATOR));
        assertThat(repository.existsWithRole(Role.MODERATOR)).isTrue();
    }

    @Test
    void search_matches_name_or_email_ignoring_case_and_escapes_wildcards() {
        String email = TestAccounts.uniqueEmail("Searchable_Person");
        repository.saveAndFlush(newAccount(email));
        var page = PageRequest.of(0, 50, Sort.by("email"));
        assertThat(repository.search("searchable_person", page).getContent()).extracting(UserAccount::email).contains(email.toLowerCase());
        assertThat(repository.search(AccountService.escapeLike("le_p"), page).getContent()).extracting(UserAccount::email).contains(email.toLowerCase());
        assertThat(repository.search(AccountService.escapeLike("%"), page).getContent()).isEmpty();
    }
}
