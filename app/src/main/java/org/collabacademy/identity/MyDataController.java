package org.collabacademy.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.collabacademy.base.SignedIn;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * "Download my data": everything the app keeps about the signed-in person, from every feature, as one
 * JSON file. Only ever the caller's own data: the user id comes from the session, never from the request.
 */
@RestController
class MyDataController {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalData> sections;
    private final Clock clock;

    MyDataController(List<PersonalData> sections, Clock clock) {
        this.sections = sections.stream().sorted(Comparator.comparing(PersonalData::section)).toList();
        this.clock = clock;
    }

    @GetMapping("/account/my-data.json")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> myData() {
        SignedIn me = SignedIn.current().orElseThrow(() -> new org.springframework.security.authorization.AuthorizationDeniedException("not signed in"));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exported_at", clock.instant().toString());
        for (PersonalData section : sections) {
            export.put(section.section(), section.of(me.userId()));
        }
        byte[] json = JSON.writeValueAsString(export).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("collabacademy-my-data.json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(json);
    }
}
