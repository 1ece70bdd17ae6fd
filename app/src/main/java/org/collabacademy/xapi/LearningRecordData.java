package org.collabacademy.xapi;

import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export. */
@Component
class LearningRecordData implements PersonalData {

    @Override
    public String section() {
        return "learning records";
    }

    @Override
    public Map<String, String> queries() {
        return Map.of(
                "statements", "select id, stored_at, verb, activity_id, statement from xapi_statement where learner_id = ? order by stored_at");
    }
}
