package org.collabacademy.identity;

import java.util.Optional;
import org.collabacademy.base.Language;
import org.collabacademy.base.LanguagePreferences;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each user's interface language on their account, so it follows them to every device. */
@Service
@Transactional
class AccountLanguagePreferences implements LanguagePreferences {

    private final UserAccountRepository accounts;

    AccountLanguagePreferences(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Language> ofCurrentUser() {
        return currentAccount().flatMap(UserAccount::language);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void rememberForCurrentUser(Language language) {
        currentAccount().ifPresent(account -> account.setLanguage(language));
    }

    private Optional<UserAccount> currentAccount() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : accounts.findByEmail(authentication.getName());
    }
}
