package org.collabacademy.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.collabacademy.base.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With the {@code benchmark} profile only: learner accounts {@code learner-1@load.collabacademy.org} ... for the
 * load driver, all with one password. The password is hashed once: a thousand hashes would add a minute to the
 * start and measure nothing.
 */
@Component
@Profile("benchmark")
class BenchmarkLearners implements ApplicationRunner {

    static final String DOMAIN = "@load.collabacademy.org";

    private static final Logger log = LoggerFactory.getLogger(BenchmarkLearners.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final int count;
    private final String password;

    BenchmarkLearners(UserAccountRepository accounts, PasswordEncoder passwords, Clock clock,
                      @Value("${collabacademy.benchmark.learners:1000}") int count,
                      @Value("${collabacademy.benchmark.password:learn-under-load-2026}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.count = count;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = passwords.encode(password);
        List<UserAccount> missing = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String email = "learner-" + i + DOMAIN;
            if (!accounts.existsByEmail(email)) {
                missing.add(new UserAccount(email, "Load Learner " + i, "Load Test Ltd", hash, EnumSet.of(Role.LEARNER), Language.ENGLISH,
                        clock.instant()));
            }
        }
        accounts.saveAll(missing);
        log.info("Benchmark mode: {} learner accounts {} (password {})", count, "learner-N" + DOMAIN, password);
    }
}
