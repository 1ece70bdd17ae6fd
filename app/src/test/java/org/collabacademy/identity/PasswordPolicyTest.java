package org.collabacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "short, password.too-short",
            "password123, password.too-common",
            "Qwertyuiop, password.too-common",
            "my-12345-birthday, password.sequence",
            "aaaa-is-a-scream, password.repeats",
            "olga.petrova-forever, password.contains-email"
    })
    void weak_passwords_are_refused_with_the_reason(String password, String reason) {
        assertThat(policy.check(password, "olga.petrova@example.org")).contains(reason);
    }

    @Test
    void a_long_passphrase_passes_without_forced_symbols() {
        assertThat(policy.check("tea with partners at noon", "olga@example.org")).isEmpty();
    }

    @Test
    void a_password_longer_than_the_limit_is_refused() {
        assertThat(policy.check("long enough ".repeat(20), "olga@example.org")).contains("password.too-long");
    }
}
