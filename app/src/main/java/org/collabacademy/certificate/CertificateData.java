package org.collabacademy.certificate;

import java.util.List;
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

    @Override
    public List<String> erasure() {
        // the certificate stays verifiable (an employer may still check it) but as anonymous
        return List.of("update certificate set learner_name = '' where learner_id = ?");
    }
}
