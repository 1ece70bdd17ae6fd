package org.collabacademy.quiz;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.collabacademy.base.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export. */
@Component
class QuizData implements PersonalData {

    private final JdbcTemplate jdbc;

    QuizData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "quizzes";
    }

    @Override
    public Map<String, List<Map<String, Object>>> of(long userId) {
        return Map.of(
                "attempts", PersonalDataRows.rows(jdbc, "select * from quiz_attempt where learner_id = ?", userId),
                "answers", PersonalDataRows.rows(jdbc, "select a.* from quiz_answer a join quiz_attempt t on t.id = a.attempt_id where t.learner_id = ?", userId));
    }
}
