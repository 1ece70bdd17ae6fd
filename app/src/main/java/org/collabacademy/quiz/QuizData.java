package org.collabacademy.quiz;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export. */
@Component
class QuizData implements PersonalData {

    @Override
    public String section() {
        return "quizzes";
    }

    @Override
    public Map<String, String> queries() {
        return Map.of(
                "attempts", "select * from quiz_attempt where learner_id = ?",
                "answers", "select a.* from quiz_answer a join quiz_attempt t on t.id = a.attempt_id where t.learner_id = ?");
    }

    @Override
    public List<String> erasure() {
        // attempts and self-assessments point only to the account id: pseudonymous, kept for the item analysis
        return List.of();
    }
}
