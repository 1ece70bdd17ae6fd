package org.collabacademy.base.ui;

import com.github.benmanes.caffeine.cache.Interner;

/**
 * HTML that a session keeps (an element's {@code innerHTML}), kept once for all sessions that show the same, and at
 * one byte per character where that is cheaper.
 * <p>
 * Most readers of a page or a thread see the same HTML: a course page is the same for everyone reading it in one
 * language, and a post card is the same for every reader with the same rights and the same reactions. Each session
 * used to keep its own copy (28 KB for a thread's twenty cards). Interning keeps one, weakly: it is gone once no
 * session shows it.
 * <p>
 * Java keeps a string at one byte per character only while every character is Latin-1; a single other one doubles
 * the whole string. English dates have one since JDK 20 (a narrow no-break space before "AM"), and English or German
 * text often has a curly quote, a dash or an emoji. Such characters become character references, which the browser
 * reads as the same characters. Text that is mostly outside Latin-1 (Russian) stays as it is: references would make
 * it larger.
 */
public final class CompactHtml {

    /**
     * The longest reference to a character of one UTF-16 unit ({@code &#65535;}); one of two units (an emoji)
     * counts twice here, and its reference is at most ten.
     */
    private static final int REFERENCE = 8;

    private static final Interner<String> SHOWN = Interner.newWeakInterner();

    private CompactHtml() {
    }

    public static String of(String html) {
        return SHOWN.intern(compact(html));
    }

    private static String compact(String html) {
        long outside = html.chars().filter(c -> c > 0xFF).count();
        if (outside == 0 || html.length() + outside * REFERENCE >= 2L * html.length()) {
            return html;
        }
        StringBuilder compact = new StringBuilder(html.length() + (int) outside * REFERENCE);
        html.codePoints().forEach(c -> {
            if (c > 0xFF) {
                compact.append("&#").append(c).append(';');
            } else {
                compact.append((char) c);
            }
        });
        return compact.toString();
    }
}
