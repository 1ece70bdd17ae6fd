package org.collabacademy.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The fonts embedded into PDFs: read from the jar once (the bean is a singleton, so once per JVM) and parsed
 * once per thread, then subset-embedded into each document.
 *
 * <p>Why parsed per thread rather than once per JVM: a PDFBox {@link TrueTypeFont} reads its tables lazily
 * from one stream that keeps a read position, and subset embedding reads glyph data from the parsed font
 * again when each document is saved. PDFBox guards only some of these reads and promises no thread safety
 * (its FAQ: use one PDFBox object per thread), so certificates rendered at once on the request threads
 * must not share a parsed font. Parsing from bytes already in memory is cheap, and a thread keeps its
 * parsed fonts for every later document.
 */
@Component
class PdfFonts {

    enum Face {
        SANS("NotoSans-Regular.ttf"), SANS_BOLD("NotoSans-Bold.ttf"), SERIF("NotoSerif-Regular.ttf"),
        HEBREW("NotoSansHebrew-Regular.ttf"), ARABIC("NotoSansArabic-Regular.ttf"), FALLBACK("DroidSansFallback.ttf");

        final String file;

        Face(String file) {
            this.file = file;
        }
    }

    /** Scripts the main faces lack, tried in this order after the main face. */
    private static final List<Face> FALLBACKS = List.of(Face.HEBREW, Face.ARABIC, Face.FALLBACK);

    private final Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
    private final ThreadLocal<Map<Face, TrueTypeFont>> parsed = ThreadLocal.withInitial(() -> new EnumMap<>(Face.class));

    @Autowired
    PdfFonts() {
        this(PdfFonts::read);
    }

    /** Reads each face's file through {@code files} (a resource path to its bytes), once. */
    PdfFonts(Function<String, byte[]> files) {
        for (Face face : Face.values()) {
            bytes.put(face, files.apply("/META-INF/resources/fonts/" + face.file));
        }
    }

    /** The fonts of one document, each face loaded (not yet embedded) into it. */
    static final class DocumentFonts {

        private final Map<Face, TextRuns.Face> faces;

        private DocumentFonts(Map<Face, TextRuns.Face> faces) {
            this.faces = faces;
        }

        PDType0Font font(Face face) {
            return faces.get(face).font();
        }

        TrueTypeFont glyphs(Face face) {
            return faces.get(face).glyphs();
        }

        /** The main face first, then the faces for Hebrew, Arabic and CJK. */
        List<TextRuns.Face> chain(Face first) {
            return Stream.concat(Stream.of(first), FALLBACKS.stream()).map(faces::get).toList();
        }
    }

    DocumentFonts load(PDDocument document) {
        try {
            Map<Face, TextRuns.Face> faces = new EnumMap<>(Face.class);
            for (Face face : Face.values()) {
                TrueTypeFont glyphs = ttf(face);
                faces.put(face, new TextRuns.Face(PDType0Font.load(document, glyphs, true), glyphs));
            }
            return new DocumentFonts(faces);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw bytes of a face, for the HTML-to-PDF renderer. */
    byte[] bytes(Face face) {
        return bytes.get(face);
    }

    private TrueTypeFont ttf(Face face) throws IOException {
        Map<Face, TrueTypeFont> mine = parsed.get();
        TrueTypeFont font = mine.get(face);
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(bytes.get(face)));
            mine.put(face, font);
        }
        return font;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
