package org.collabacademy.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.collabacademy.base.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo accounts listed in the README. They exist only when the {@code demo} profile is active. */
@Component
@Profile("demo")
@Order(5)
class DemoAccounts implements ApplicationRunner {

    record DemoAccount(String email, String name, String password, Set<Role> roles) {
    }

    static final List<DemoAccount> ALL = List.of(
            new DemoAccount("learner@demo.collabacademy.org", "Lena Learner", "learn-together-2026", EnumSet.of(Role.LEARNER)),
            new DemoAccount("trainer@demo.collabacademy.org", "Tomas Trainer", "teach-together-2026", EnumSet.of(Role.TRAINER)),
            new DemoAccount("moderator@demo.collabacademy.org", "Marina Moderator", "moderate-together-2026", EnumSet.of(Role.MODERATOR)),
            new DemoAccount("admin@demo.collabacademy.org", "Alex Admin", "keep-it-running-2026", EnumSet.of(Role.ADMIN)));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final UserAccountRepository repository;

    DemoAccounts(AccountService accounts, UserAccountRepository repository) {
        this.accounts = accounts;
        this.repository = repository;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (DemoAccount demo : ALL) {
            if (!repository.existsByEmail(demo.email())) {
                accounts.create(new SignUp(demo.name(), demo.email(), demo.password(), "Demo Metalworks", Language.ENGLISH), demo.roles());
                log.info("Demo mode: created {} (password {})", demo.email(), demo.password());
            }
        }
    }
}
