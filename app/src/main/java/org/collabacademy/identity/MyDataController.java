package org.collabacademy.identity;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.collabacademy.base.PersonalData;
import org.collabacademy.base.SignedIn;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MyDataController(List<PersonalData> sections, JdbcTemplate jdbc, Clock clock) {
        this.sections = sections.stream().sorted(Comparator.comparing(PersonalData::section)).toList();
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/account/my-data.json")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> myData() {
        SignedIn me = SignedIn.current().orElseThrow(() -> new org.springframework.security.authorization.AuthorizationDeniedException("not signed in"));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exported_at", clock.instant().toString());
        for (PersonalData section : sections) {
            Map<String, Object> parts = new TreeMap<>();
            section.queries().forEach((name, sql) -> parts.put(name, jdbc.queryForList(sql, me.userId()).stream().map(MyDataController::readable).toList()));
            export.put(section.section(), parts);
        }
        byte[] json = JSON.writeValueAsString(export).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("collabacademy-my-data.json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(json);
    }

    /** Column names in lower case and times as ISO text, readable without knowing the database. */
    private static Map<String, Object> readable(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>();
        row.forEach((column, value) -> copy.put(column.toLowerCase(Locale.ROOT), switch (value) {
            case Timestamp timestamp -> timestamp.toInstant().toString();
            case OffsetDateTime time -> time.toInstant().toString();
            case null -> null;
            default -> value;
        }));
        return copy;
    }
}
