package org.collabacademy.identity;

import java.util.EnumSet;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the first administrator from configuration, so that no account with a known password ever ships. */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AdministratorSettings settings;
    private final AccountService accounts;
    private final UserAccountRepository repository;

    FirstAdministrator(AdministratorSettings settings, AccountService accounts, UserAccountRepository repository) {
        this.settings = settings;
        this.accounts = accounts;
        this.repository = repository;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.existsWithRole(Role.ADMIN)) {
            return;
        }
        if (!settings.isComplete()) {
            log.warn("No administrator exists yet. Set COLLABACADEMY_ADMIN_EMAIL and COLLABACADEMY_ADMIN_PASSWORD and restart to create one.");
            return;
        }
        String name = settings.name() == null || settings.name().isBlank() ? "Administrator" : settings.name();
        try {
            accounts.create(new SignUp(name, settings.email(), settings.password(), "", Language.ENGLISH),
                    EnumSet.of(Role.ADMIN, Role.LEARNER));
            log.info("Created the first administrator {}", settings.email());
        } catch (InvalidInput e) {
            throw new IllegalStateException("COLLABACADEMY_ADMIN_EMAIL / COLLABACADEMY_ADMIN_PASSWORD were refused: "
                    + e.getMessage() + " (passwords need " + PasswordPolicy.MIN_LENGTH + "+ characters and must not be common)", e);
        }
    }
}
