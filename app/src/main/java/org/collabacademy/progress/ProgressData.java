package org.collabacademy.progress;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export. */
@Component
class ProgressData implements PersonalData {

    @Override
    public String section() {
        return "progress";
    }

    @Override
    public Map<String, String> queries() {
        return Map.of(
                "enrolments", "select * from enrolment where learner_id = ?");
    }

    @Override
    public List<String> erasure() {
        // progress stays for the trainer's statistics, without who it was
        return List.of("update enrolment set learner_name = '', learner_email = '', organization = '' where learner_id = ?");
    }
}
