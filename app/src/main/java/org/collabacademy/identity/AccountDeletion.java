package org.collabacademy.identity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.PersonalData;
import org.collabacademy.base.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Delete my account": every feature erases or blanks what identifies the person (see {@link PersonalData#erasure()}),
 * all in one transaction, so a failure leaves everything as it was. What stays (posts, learning records,
 * certificates) points to a bare account id that no longer leads to anyone: posts show "deleted user",
 * certificates verify as anonymous. The person's sessions end on every device.
 */
@Service
public class AccountDeletion {

    private static final Pattern PARAMETER = Pattern.compile("\\?");

    private final List<PersonalData> features;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final UserSessions sessions;
    private final JdbcTemplate jdbc;

    AccountDeletion(List<PersonalData> features, UserAccountRepository accounts, PasswordEncoder passwordEncoder, UserSessions sessions,
                    JdbcTemplate jdbc) {
        this.features = features;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    /** Deletes the signed-in person's own account, after they confirmed with their password; never anyone else's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteMine(String password) {
        long id = SignedIn.current().map(SignedIn::userId).orElseThrow(() -> new AuthorizationDeniedException("No one is signed in"));
        UserAccount account = accounts.findById(id).orElseThrow(() -> new AuthorizationDeniedException("No such account"));
        if (password.isEmpty() || !passwordEncoder.matches(password, account.passwordHash())) {
            throw new InvalidInput("password", "account.delete.wrong-password");
        }
        if (account.roles().contains(Role.ADMIN) && accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new InvalidInput("password", "account.delete.last-admin");
        }
        String email = account.email();
        accounts.flush();
        for (PersonalData feature : features) {
            for (String statement : feature.erasure()) {
                Matcher parameters = PARAMETER.matcher(statement);
                Object[] ids = parameters.results().map(m -> (Object) id).toArray();
                jdbc.update(statement, ids);
            }
        }
        sessions.endAll(email);
    }
}
