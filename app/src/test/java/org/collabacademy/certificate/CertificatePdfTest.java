package org.collabacademy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.preflight.PreflightDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The certificate PDF itself: PDF/A, extractable text, a QR code that decodes, and names that never overflow. */
class CertificatePdfTest {

    private static final CertificatePdf PDF = new CertificatePdf(new PdfFonts());
    private static final String URL = "https://academy.example/verify/ABCD-EFGH-JKMN";

    static CertificatePdf.Content content(String name, String course) {
        return new CertificatePdf.Content("Certificate of completion", "This is to certify that", name, "has successfully completed the course",
                course, "on 22 November 2026", "Issued by CollabAcademy", "Tomas Trainer", "Course trainer", "Verification code:",
                "ABCD-EFGH-JKMN", URL, "#1f5f8b", null, "en");
    }

    @Test
    void the_certificate_is_pdf_a_with_extractable_text_and_a_qr_code_of_the_verification_address() throws Exception {
        byte[] pdf = PDF.render(content("Zoë Müller-Łukasiewicz", "Collaborate to Compete"));
        assertPdfA(pdf);
        String text = text(pdf);
        assertThat(text).contains("Zoë Müller-Łukasiewicz", "Collaborate to Compete", "22 November 2026", "ABCD-EFGH-JKMN", "Tomas Trainer");
        assertThat(qrCode(pdf)).isEqualTo(URL);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Анна Кузнецова", "Γιώργος Παπαδόπουλος", "王小明", "山田 太郎", "김민준", "שרה כהן", "فاطمة الزهراء", "Ana 🌸 Lima 👩‍💼",
            "A", "Tab\tand\u0000control\u0007chars\u202e", "   "
    })
    void names_in_any_script_keep_the_pdf_valid(String name) throws Exception {
        byte[] pdf = PDF.render(content(name, "Сотрудничать, чтобы конкурировать"));
        assertPdfA(pdf);
        String visible = TextRuns.clean(name).replaceAll("[^\\p{L}\\p{N} ]", "").strip();
        if (!visible.isEmpty()) {
            assertThat(text(pdf).replaceAll("\\s+", " ")).contains(visible.split(" ")[0]);
        }
        assertThat(text(pdf)).contains("Сотрудничать, чтобы конкурировать");
    }

    @Test
    void a_hebrew_name_is_printed_in_display_order_and_extracts_as_typed() throws Exception {
        byte[] pdf = PDF.render(content("שרה כהן", "Collaborate to Compete"));
        assertPdfA(pdf);
        // drawn right to left (the glyph of ש is the rightmost), which the text extraction reads back in typed order
        assertThat(lines(pdf)).contains("שרה כהן");
        List<TextPosition> name = positions(pdf).stream().filter(p -> p.getUnicode().matches("\\p{IsHebrew}")).toList();
        assertThat(name).hasSize(6);
        TextPosition shin = name.stream().filter(p -> p.getUnicode().equals("ש")).findFirst().orElseThrow();
        TextPosition finalNun = name.stream().filter(p -> p.getUnicode().equals("ן")).findFirst().orElseThrow();
        assertThat(shin.getXDirAdj()).isGreaterThan(finalNun.getXDirAdj());
    }

    @Test
    void an_arabic_name_keeps_its_letters() throws Exception {
        byte[] pdf = PDF.render(content("فاطمة الزهراء", "Collaborate to Compete"));
        assertPdfA(pdf);
        // unshaped (isolated letter forms), but every letter is there and reads back in typed order
        assertThat(lines(pdf)).contains("فاطمة الزهراء");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ω", "王"})
    void a_one_character_name_is_printed(String name) throws Exception {
        byte[] pdf = PDF.render(content(name, "Collaborate to Compete"));
        assertPdfA(pdf);
        assertThat(lines(pdf)).contains(name);
    }

    @Test
    void a_name_no_font_can_print_shows_replacement_marks_rather_than_nothing() throws Exception {
        byte[] pdf = PDF.render(content("🌸👩", "Collaborate to Compete"));
        assertPdfA(pdf);
        assertThat(lines(pdf)).contains("\uFFFD\uFFFD");
    }

    @Test
    void a_300_character_cjk_name_is_printed_whole_inside_the_page() throws Exception {
        String name = "王小明山田太郎김민준".repeat(30);
        assertThat(name).hasSize(300);
        byte[] pdf = PDF.render(content(name, "Collaborate to Compete"));
        assertPdfA(pdf);
        assertThat(text(pdf).replaceAll("\\s+", "")).contains(name);
        assertInsideTheFrame(pdf);
    }

    @Test
    void a_300_character_name_wraps_and_stays_on_the_page() throws Exception {
        String name = ("Maximiliane-Konstanze von Hohenzollern-Sigmaringen ".repeat(6)).substring(0, 300);
        byte[] pdf = PDF.render(content(name, "A course title that is rather long as well, to see that it wraps nicely on two lines"));
        assertPdfA(pdf);
        assertInsideTheFrame(pdf);
        assertThat(text(pdf).replaceAll("\\s+", "")).contains(name.replaceAll("\\s+", ""));
    }

    /** Every glyph lies inside the inner frame (30 points in from each edge of the page). */
    static void assertInsideTheFrame(byte[] pdf) throws IOException {
        PDRectangle page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = document.getPage(0).getMediaBox();
        }
        assertThat(positions(pdf)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getXDirAdj()).isGreaterThanOrEqualTo(30);
            assertThat(p.getXDirAdj() + p.getWidthDirAdj()).isLessThanOrEqualTo(page.getWidth() - 30);
            // YDirAdj is the baseline measured from the top of the page
            assertThat(p.getYDirAdj() - p.getHeightDir()).isGreaterThanOrEqualTo(30);
            assertThat(p.getYDirAdj()).isLessThanOrEqualTo(page.getHeight() - 30);
        });
    }

    static List<TextPosition> positions(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<TextPosition> positions = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    positions.add(text);
                }
            };
            stripper.getText(document);
            return positions;
        }
    }

    static List<String> lines(byte[] pdf) throws IOException {
        return text(pdf).lines().map(String::strip).toList();
    }

    static void assertPdfA(byte[] pdf) throws IOException {
        ValidationResult result;
        try (PreflightDocument document = (PreflightDocument) new PreflightParser(new RandomAccessReadBuffer(pdf)).parse()) {
            result = document.validate();
        }
        assertThat(result.getErrorsList()).as("PDF/A-1b errors").extracting(e -> e.getErrorCode() + " " + e.getDetails()).isEmpty();
        assertThat(result.isValid()).isTrue();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String qrCode(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)))).getText();
        }
    }
}
