package org.collabacademy.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The fonts embedded into PDFs: read from the jar once per JVM and parsed once per thread (parsed fonts
 * are not thread-safe), then subset-embedded into each document.
 */
@Component
class PdfFonts {

    enum Face {
        SANS("NotoSans-Regular.ttf"), SANS_BOLD("NotoSans-Bold.ttf"), SERIF("NotoSerif-Regular.ttf"), FALLBACK("DroidSansFallback.ttf");

        final String file;

        Face(String file) {
            this.file = file;
        }
    }

    private final byte[][] bytes = new byte[Face.values().length][];
    private final ThreadLocal<TrueTypeFont[]> parsed = ThreadLocal.withInitial(() -> new TrueTypeFont[Face.values().length]);

    PdfFonts() {
        for (Face face : Face.values()) {
            bytes[face.ordinal()] = read("/META-INF/resources/fonts/" + face.file);
        }
    }

    /** The fonts of one document: each face in order, with the fallback for CJK last. */
    record DocumentFonts(PDType0Font sans, PDType0Font bold, PDType0Font serif, PDType0Font fallback,
                         TrueTypeFont sansGlyphs, TrueTypeFont boldGlyphs, TrueTypeFont serifGlyphs, TrueTypeFont fallbackGlyphs) {

        List<TextRuns.Face> chain(PDType0Font first, TrueTypeFont firstGlyphs) {
            return List.of(new TextRuns.Face(first, firstGlyphs), new TextRuns.Face(fallback, fallbackGlyphs));
        }
    }

    DocumentFonts load(PDDocument document) {
        try {
            TrueTypeFont sans = ttf(Face.SANS);
            TrueTypeFont bold = ttf(Face.SANS_BOLD);
            TrueTypeFont serif = ttf(Face.SERIF);
            TrueTypeFont fallback = ttf(Face.FALLBACK);
            return new DocumentFonts(PDType0Font.load(document, sans, true), PDType0Font.load(document, bold, true),
                    PDType0Font.load(document, serif, true), PDType0Font.load(document, fallback, true), sans, bold, serif, fallback);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw bytes of a face, for the HTML-to-PDF renderer. */
    byte[] bytes(Face face) {
        return bytes[face.ordinal()];
    }

    private TrueTypeFont ttf(Face face) throws IOException {
        TrueTypeFont[] mine = parsed.get();
        if (mine[face.ordinal()] == null) {
            mine[face.ordinal()] = new TTFParser().parse(new RandomAccessReadBuffer(bytes[face.ordinal()]));
        }
        return mine[face.ordinal()];
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
