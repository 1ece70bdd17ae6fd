package org.collabacademy.xapi;

import java.util.List;
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

    @Override
    public List<String> erasure() {
        // statements name the learner only by account id (no e-mail, no name), so they stay as pseudonymous records;
        // a client bound to the learner can no longer write for them
        return List.of("update lrs_client set enabled = false where learner_id = ?");
    }
}
