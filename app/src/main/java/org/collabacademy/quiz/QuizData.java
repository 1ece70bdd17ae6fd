package org.collabacademy.quiz;

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
}
