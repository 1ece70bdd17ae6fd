package org.collabacademy.directory;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.collabacademy.base.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export. */
@Component
class DirectoryData implements PersonalData {

    private final JdbcTemplate jdbc;

    DirectoryData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "directory";
    }

    @Override
    public Map<String, List<Map<String, Object>>> of(long userId) {
        return Map.of(
                "memberships", PersonalDataRows.rows(jdbc, "select * from organization_member where user_id = ?", userId),
                "interests sent", PersonalDataRows.rows(jdbc, "select * from partner_interest where from_user_id = ?", userId));
    }
}
