package org.collabacademy.base;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads rows for a {@link PersonalData} section, with times as ISO text (readable without knowing the database). */
public final class PersonalDataRows {

    private PersonalDataRows() {
    }

    public static List<Map<String, Object>> rows(JdbcTemplate jdbc, String sql, Object... arguments) {
        return jdbc.queryForList(sql, arguments).stream().map(PersonalDataRows::readable).toList();
    }

    private static Map<String, Object> readable(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>();
        row.forEach((column, value) -> copy.put(column.toLowerCase(java.util.Locale.ROOT), switch (value) {
            case Timestamp timestamp -> timestamp.toInstant().toString();
            case java.time.OffsetDateTime time -> time.toInstant().toString();
            case null -> null;
            default -> value;
        }));
        return copy;
    }
}
