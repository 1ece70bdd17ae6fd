package org.collabacademy.certificate;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.collabacademy.base.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export. */
@Component
class CertificateData implements PersonalData {

    private final JdbcTemplate jdbc;

    CertificateData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "certificates";
    }

    @Override
    public Map<String, List<Map<String, Object>>> of(long userId) {
        return Map.of(
                "certificates", PersonalDataRows.rows(jdbc, "select * from certificate where learner_id = ?", userId));
    }
}
