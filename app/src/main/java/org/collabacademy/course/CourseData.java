package org.collabacademy.course;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.collabacademy.base.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export. */
@Component
class CourseData implements PersonalData {

    private final JdbcTemplate jdbc;

    CourseData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "course";
    }

    @Override
    public Map<String, List<Map<String, Object>>> of(long userId) {
        return Map.of(
                "readings", PersonalDataRows.rows(jdbc, "select r.page_id, p.page_key, r.first_read_at from page_reading r join course_page p on p.id = r.page_id where r.learner_id = ?", userId),
                "positions", PersonalDataRows.rows(jdbc, "select course_id, page_id, updated_at from reading_position where learner_id = ?", userId));
    }
}
