package org.collabacademy.certificate;

import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export. */
@Component
class CertificateData implements PersonalData {

    @Override
    public String section() {
        return "certificates";
    }

    @Override
    public Map<String, String> queries() {
        return Map.of(
                "certificates", "select * from certificate where learner_id = ?");
    }
}
