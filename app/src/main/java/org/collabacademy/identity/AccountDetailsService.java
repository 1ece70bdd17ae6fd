package org.collabacademy.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks an account up for Spring Security's sign-in. Called by the framework only, before anyone is signed in. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email))
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no account for this e-mail"));
    }
}
