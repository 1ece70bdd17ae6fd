package org.collabacademy.identity;

import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.springframework.stereotype.Component;

/** The account itself (never the password hash). */
@Component
class AccountData implements PersonalData {

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Map<String, String> queries() {
        return Map.of(
                "account", "select id, email, display_name, organization, language, enabled, created_at from user_account where id = ?",
                "roles", "select role from user_account_role where user_account_id = ?");
    }
}
