package org.collabacademy.authoring;

import java.nio.charset.StandardCharsets;

/** A page's title for lists, read the way the importer reads it: front matter {@code title:}, else the first {@code # } heading. */
final class PageTitles {

    private PageTitles() {
    }

    static String of(byte[] page) {
        String text = new String(page, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 3);
            if (end > 0) {
                for (String line : text.substring(4, end).split("\n")) {
                    if (line.startsWith("title:")) {
                        return unquote(line.substring("title:".length()).strip());
                    }
                }
                text = text.substring(Math.min(text.length(), end + 4));
            }
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip()).orElse("");
    }

    private static String unquote(String value) {
        return value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))
                ? value.substring(1, value.length() - 1) : value;
    }
}
