package org.collabacademy.course;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export. */
@Component
class CourseData implements PersonalData {

    @Override
    public String section() {
        return "course";
    }

    @Override
    public Map<String, String> queries() {
        return Map.of(
                "readings", "select r.page_id, p.page_key, r.first_read_at from page_reading r join course_page p on p.id = r.page_id where r.learner_id = ?",
                "positions", "select course_id, page_id, updated_at from reading_position where learner_id = ?");
    }

    @Override
    public List<String> erasure() {
        // what was read points only to the account id: pseudonymous, kept for the completion funnel
        return List.of();
    }
}
