package org.collabacademy.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text split into runs by the first font that has each character (the main face, then the faces for Hebrew,
 * Arabic and CJK), in display order. A visible character no font has (an emoji, say) becomes a replacement
 * mark, so a name never prints as nothing; invisible ones (control characters, combining marks with no glyph)
 * are left out, so drawing never fails.
 */
final class TextRuns {

    record Face(PDType0Font font, TrueTypeFont glyphs) {

        boolean has(int codePoint) {
            try {
                return glyphs.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
            } catch (IOException e) {
                return false;
            }
        }
    }

    record Run(String text, PDType0Font font) {
    }

    /** U+FFFD, the replacement character. */
    private static final int REPLACEMENT = 0xFFFD;

    private TextRuns() {
    }

    /** Collapses white space and removes control and format characters. */
    static String clean(String text) {
        StringBuilder clean = new StringBuilder();
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp)) {
                clean.append(' ');
            } else if (type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                    && type != Character.PRIVATE_USE && type != Character.SURROGATE) {
                clean.appendCodePoint(cp);
            }
        });
        return clean.toString().replaceAll(" +", " ").strip();
    }

    /** The runs of one line, reordered for display when it holds right-to-left text. */
    static List<Run> runs(String text, List<Face> faces) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDType0Font font = null;
        for (int original : DisplayOrder.visual(text).codePoints().toArray()) {
            int cp = printable(original, faces);
            Face face = faces.stream().filter(f -> f.has(cp)).findFirst().orElse(null);
            if (face == null) {
                continue;
            }
            if (font != null && face.font() != font) {
                runs.add(new Run(current.toString(), font));
                current.setLength(0);
            }
            font = face.font();
            current.appendCodePoint(cp);
        }
        if (font != null && !current.isEmpty()) {
            runs.add(new Run(current.toString(), font));
        }
        return runs;
    }

    /** The character itself when a font has it, else a replacement mark (or nothing for an invisible mark). */
    private static int printable(int cp, List<Face> faces) {
        if (faces.stream().anyMatch(f -> f.has(cp))) {
            return cp;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return cp;
        }
        return faces.stream().anyMatch(f -> f.has(REPLACEMENT)) ? REPLACEMENT : '?';
    }

    static float width(List<Run> runs, float size) {
        float width = 0;
        for (Run run : runs) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return width;
    }

    static void draw(PDPageContentStream content, List<Run> runs, float x, float y, float size) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, y);
        for (Run run : runs) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
        content.endText();
    }
}
