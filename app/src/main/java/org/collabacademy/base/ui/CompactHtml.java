package org.collabacademy.base.ui;

/**
 * HTML that a session keeps (an element's {@code innerHTML}) at one byte per character where that is cheaper.
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

    private CompactHtml() {
    }

    public static String of(String html) {
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
