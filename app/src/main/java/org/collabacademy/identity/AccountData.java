package org.collabacademy.identity;

import java.util.List;
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

    @Override
    public List<String> erasure() {
        // the row stays as a tombstone: other features' records point to its id; the e-mail is free to sign up again
        return List.of(
                // events not yet handled that carry the person's name or e-mail (e.g. a certificate mail still to send)
                "delete from event_publication where serialized_event like concat('%\"learnerId\":', cast(? as varchar(20)), ',%')"
                        + " or serialized_event like concat('%\"learnerId\":', cast(? as varchar(20)), '}%')",
                "delete from user_account_role where user_account_id = ?",
                "update user_account set email = concat('deleted-', cast(id as varchar(20)), '@deleted.invalid'), display_name = '',"
                        + " organization = null, language = null, password_hash = '', enabled = false, deleted_at = current_timestamp,"
                        + " version = version + 1 where id = ?");
    }
}
