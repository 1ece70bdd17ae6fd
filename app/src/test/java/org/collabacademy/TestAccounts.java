package org.collabacademy;

import java.util.Set;
import java.util.UUID;
import org.collabacademy.base.Language;
import org.collabacademy.identity.AccountService;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.SignUp;
import org.collabacademy.identity.UserSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Creates accounts with unique e-mails (tests share one database) and signs them in on the current thread. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "a-long-test-passphrase";
    public static final String FIRST_ADMIN = "first.admin@test.collabacademy.org";

    private final AccountService accounts;
    private final UserDetailsService users;
    private final SecurityContextHolderStrategy contextStrategy;

    /**
     * Each Spring context installs its own security context strategy (Vaadin's) as the static one, while
     * its method-security interceptors keep the instance they were built with. With several cached test
     * contexts the two differ, so the tests set the signed-in user in both.
     */
    TestAccounts(AccountService accounts, UserDetailsService users, SecurityContextHolderStrategy contextStrategy) {
        this.accounts = accounts;
        this.users = users;
        this.contextStrategy = contextStrategy;
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.collabacademy.org";
    }

    /** A new account with the given roles (every account is also a learner). */
    public UserSummary create(String who, Role... roles) {
        String email = uniqueEmail(who);
        // the firm is unique too, so tests that enrol or search a whole firm never meet another test's accounts
        String firm = "Test Firm " + who + " " + email.substring(who.length() + 1, who.length() + 9);
        UserSummary user = accounts.signUp(new SignUp(who + " Tester", email, PASSWORD, firm, Language.ENGLISH));
        if (roles.length > 0) {
            runAsFirstAdmin(() -> accounts.updateAccess(user.id(), Set.of(roles), true));
        }
        return user;
    }

    public void signIn(String email) {
        UserDetails user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        setContext(context);
    }

    /** Puts any authentication (an API client, say) on the current thread, as signIn does for accounts. */
    public void use(org.springframework.security.core.Authentication authentication) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        setContext(context);
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
        contextStrategy.clearContext();
    }

    public SecurityContext currentContext() {
        return contextStrategy.getContext();
    }

    private void setContext(SecurityContext context) {
        SecurityContextHolder.setContext(context);
        contextStrategy.setContext(context);
    }

    private void runAsFirstAdmin(Runnable action) {
        var previous = contextStrategy.getContext();
        try {
            signIn(FIRST_ADMIN);
            action.run();
        } finally {
            setContext(previous);
        }
    }
}
