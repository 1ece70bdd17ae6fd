package org.collabacademy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Font files are read once; parsed fonts are kept per thread, never shared between threads (see PdfFonts). */
class PdfFontsTest {

    @Test
    void each_font_file_is_read_once_however_many_certificates_on_however_many_threads() throws Exception {
        Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
        PdfFonts fonts = new PdfFonts(resource -> {
            reads.computeIfAbsent(resource, r -> new AtomicInteger()).incrementAndGet();
            try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CertificatePdf pdf = new CertificatePdf(fonts);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> rendered = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rendered.add(pool.submit(() -> pdf.render(CertificatePdfTest.content("Anna Kuznetsova", "Collaborate to Compete"))));
            }
            for (Future<byte[]> one : rendered) {
                assertThat(CertificatePdfTest.text(one.get())).contains("Anna Kuznetsova");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(reads).hasSize(PdfFonts.Face.values().length).allSatisfy((resource, count) -> assertThat(count).hasValue(1));
    }

    @Test
    void a_thread_parses_a_font_once_and_other_threads_get_their_own() throws Exception {
        PdfFonts fonts = new PdfFonts();
        TrueTypeFont first = glyphs(fonts);
        assertThat(glyphs(fonts)).isSameAs(first);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            assertThat(other.submit(() -> glyphs(fonts)).get()).isNotSameAs(first);
        } finally {
            other.shutdown();
        }
    }

    private static TrueTypeFont glyphs(PdfFonts fonts) throws IOException {
        try (PDDocument document = new PDDocument()) {
            return fonts.load(document).glyphs(PdfFonts.Face.SANS);
        }
    }
}
