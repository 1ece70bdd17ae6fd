package org.collabacademy.directory;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * A partner search: words and facets. Written as a query string, it is both the search page's address and
 * what a saved search keeps.
 */
public record SearchCriteria(String text, @Nullable String country, @Nullable String region, @Nullable String cluster,
                             @Nullable String nace, @Nullable Area area, @Nullable Structure structure, @Nullable SizeBand size,
                             boolean verifiedOnly) {

    public static SearchCriteria all() {
        return new SearchCriteria("", null, null, null, null, null, null, null, false);
    }

    public String toQuery() {
        Map<String, String> parts = new LinkedHashMap<>();
        if (!text.isBlank()) {
            parts.put("q", text.strip());
        }
        put(parts, "country", country);
        put(parts, "region", region);
        put(parts, "cluster", cluster);
        put(parts, "nace", nace);
        put(parts, "area", area == null ? null : area.name());
        put(parts, "structure", structure == null ? null : structure.name());
        put(parts, "size", size == null ? null : size.name());
        if (verifiedOnly) {
            parts.put("verified", "true");
        }
        StringJoiner query = new StringJoiner("&");
        parts.forEach((key, value) -> query.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** Reads a query string; unknown keys and values are ignored (it may come from an old bookmark). */
    public static SearchCriteria fromQuery(String query) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parts.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return new SearchCriteria(parts.getOrDefault("q", ""), blankToNull(parts.get("country")), blankToNull(parts.get("region")),
                blankToNull(parts.get("cluster")), blankToNull(parts.get("nace")), parse(Area.class, parts.get("area")),
                parse(Structure.class, parts.get("structure")), parse(SizeBand.class, parts.get("size")), "true".equals(parts.get("verified")));
    }

    private static void put(Map<String, String> parts, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parts.put(key, value);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
