package org.collabacademy.xapi;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.collabacademy.base.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export. */
@Component
class LearningRecordData implements PersonalData {

    private final JdbcTemplate jdbc;

    LearningRecordData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "learning records";
    }

    @Override
    public Map<String, List<Map<String, Object>>> of(long userId) {
        return Map.of(
                "statements", PersonalDataRows.rows(jdbc, "select id, stored_at, verb, activity_id, statement from xapi_statement where learner_id = ? order by stored_at", userId));
    }
}
