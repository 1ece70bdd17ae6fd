package org.collabacademy.progress;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.collabacademy.base.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export. */
@Component
class ProgressData implements PersonalData {

    private final JdbcTemplate jdbc;

    ProgressData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "progress";
    }

    @Override
    public Map<String, List<Map<String, Object>>> of(long userId) {
        return Map.of(
                "enrolments", PersonalDataRows.rows(jdbc, "select * from enrolment where learner_id = ?", userId));
    }
}
