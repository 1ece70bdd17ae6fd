package org.collabacademy.certificate;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts one line of text into the order its glyphs are drawn from left to right. PDF text has no notion of
 * writing direction, so a right-to-left name (Hebrew, Arabic) must be reordered before it is drawn, or it
 * prints backwards. Uses the Unicode bidirectional algorithm of {@link Bidi}; the paragraph direction follows
 * the first strong character.
 */
final class DisplayOrder {

    /** Paired punctuation that turns round in right-to-left runs, each opening sign next to its closing one. */
    private static final String PAIRS = "()[]{}<>«»";

    private DisplayOrder() {
    }

    static String visual(String line) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = levels[i] % 2 == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    /**
     * Reverses a right-to-left run character by character, keeping each combining mark after its base letter
     * (a mark is drawn over the glyph before it) and mirroring brackets.
     */
    private static String reversed(String run) {
        List<StringBuilder> clusters = new ArrayList<>();
        run.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (!mark || clusters.isEmpty()) {
                clusters.add(new StringBuilder());
            }
            clusters.getLast().appendCodePoint(mirrored(cp));
        });
        StringBuilder reversed = new StringBuilder();
        for (int i = clusters.size() - 1; i >= 0; i--) {
            reversed.append(clusters.get(i));
        }
        return reversed.toString();
    }

    private static int mirrored(int cp) {
        int pair = PAIRS.indexOf(cp);
        return pair < 0 ? cp : PAIRS.charAt(pair ^ 1);
    }
}
