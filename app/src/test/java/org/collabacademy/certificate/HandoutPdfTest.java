package org.collabacademy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The handout renderer on its own: its documented limit with SVG images (course-content/README.md). */
class HandoutPdfTest {

    private static final HandoutPdf PDF = new HandoutPdf(new PdfFonts());

    @Test
    void an_svg_image_is_left_out_and_the_rest_of_the_page_still_prints() throws Exception {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='100' height='50'><rect width='100' height='50' fill='red'/></svg>";
        byte[] pdf = PDF.render("<p>Before the picture</p><p><img src='/content/tiny/1/images/areas.svg' alt='Four areas'/></p>"
                + "<p>After the picture</p>", "en", (course, path) -> svg.getBytes(StandardCharsets.UTF_8));

        assertThat(CertificatePdfTest.text(pdf)).contains("Before the picture", "After the picture");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).as("no image was drawn").isEmpty();
        }
    }
}
