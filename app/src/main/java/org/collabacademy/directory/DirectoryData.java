package org.collabacademy.directory;

import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export. */
@Component
class DirectoryData implements PersonalData {

    @Override
    public String section() {
        return "directory";
    }

    @Override
    public Map<String, String> queries() {
        return Map.of(
                "memberships", "select * from organization_member where user_id = ?",
                "interests sent", "select * from partner_interest where from_user_id = ?");
    }
}
