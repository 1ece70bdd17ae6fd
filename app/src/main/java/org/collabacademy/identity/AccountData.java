package org.collabacademy.identity;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.collabacademy.base.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The account itself (never the password hash). */
@Component
class AccountData implements PersonalData {

    private final JdbcTemplate jdbc;

    AccountData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Map<String, List<Map<String, Object>>> of(long userId) {
        return Map.of(
                "account", PersonalDataRows.rows(jdbc, "select id, email, display_name, organization, language, enabled, created_at from user_account where id = ?", userId),
                "roles", PersonalDataRows.rows(jdbc, "select role from user_account_role where user_account_id = ?", userId));
    }
}
