package org.collabacademy.directory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.collabacademy.base.Language;
import org.springframework.stereotype.Component;

/**
 * The sectors of NACE Rev. 2 (sections A–U and their 88 divisions) with their titles in the four languages,
 * from {@code directory/nace-rev2.csv}. Profiles name a division; search finds divisions by their title.
 */
@Component
public class NaceCodes {

    /** A division: its two-digit code, its section letter and its title in each language. */
    public record Division(String code, String section, Map<Language, String> titles) {

        public String title(Language language) {
            return titles.getOrDefault(language, titles.get(Language.ENGLISH));
        }

        /** "62 – Computer programming, consultancy and related activities" */
        public String label(Language language) {
            return code + " – " + title(language);
        }
    }

    private final Map<String, Division> divisions = new LinkedHashMap<>();

    NaceCodes() {
        try (Reader in = new InputStreamReader(NaceCodes.class.getResourceAsStream("/directory/nace-rev2.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String code = row.get("code");
                if (code.length() == 2) {
                    divisions.put(code, new Division(code, row.get("section"), Map.of(Language.ENGLISH, row.get("en"),
                            Language.GERMAN, row.get("de"), Language.RUSSIAN, row.get("ru"), Language.SPANISH, row.get("es"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Division> divisions() {
        return List.copyOf(divisions.values());
    }

    public Optional<Division> division(String code) {
        return Optional.ofNullable(divisions.get(code));
    }

    /** Divisions whose code or title (in any language) contains the text. */
    public List<Division> find(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return divisions.values().stream().filter(d -> d.code().startsWith(wanted)
                || d.titles().values().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(wanted))).toList();
    }

    boolean sameSection(String a, String b) {
        Division one = divisions.get(a);
        Division two = divisions.get(b);
        return one != null && two != null && one.section().equals(two.section());
    }
}
