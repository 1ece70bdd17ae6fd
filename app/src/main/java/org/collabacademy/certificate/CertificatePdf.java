package org.collabacademy.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.collabacademy.certificate.PdfFonts.Face;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Draws a one-page certificate (A4 landscape) with PDFBox: the learner's name in any script the fonts
 * cover (shrunk or wrapped, never overflowing), the course, the date, issuer and signer, the verification
 * code and a QR code of the verification address. The result is PDF/A-1b with every font embedded.
 */
@Component
class CertificatePdf {

    /** Everything printed on a certificate, already in the certificate's language. */
    record Content(String title, String certifies, String name, String completed, String course, String date,
                   String issuer, String signer, String signerTitle, String codeLabel, String code, String verifyUrl,
                   String accent, byte @Nullable [] logo, String language) {
    }

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 60;
    /** The size text shrinks to, below its own minimum, rather than losing its end. */
    private static final float SMALLEST = 4;

    private final PdfFonts fonts;

    CertificatePdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(Content content) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            PdfFonts.DocumentFonts faces = fonts.load(document);
            Color accent = Color.decode(content.accent());
            float width = PAGE.getWidth();
            float height = PAGE.getHeight();
            try (PDPageContentStream draw = new PDPageContentStream(document, page)) {
                draw.setStrokingColor(accent);
                draw.setLineWidth(4);
                draw.addRect(20, 20, width - 40, height - 40);
                draw.stroke();
                draw.setLineWidth(0.8f);
                draw.addRect(30, 30, width - 60, height - 60);
                draw.stroke();
                if (content.logo() != null) {
                    PDImageXObject logo = LosslessFactory.createFromImage(document, opaque(content.logo()));
                    draw.drawImage(logo, MARGIN, height - MARGIN - 70, 70, 70);
                }
                draw.setNonStrokingColor(accent);
                float y = height - 120;
                y = centred(draw, content.title(), faces.chain(Face.SANS_BOLD), 30, 18, 1, y, width) - 28;
                draw.setNonStrokingColor(new Color(0x33, 0x33, 0x44));
                y = centred(draw, content.certifies(), faces.chain(Face.SANS), 14, 10, 2, y, width) - 20;
                draw.setNonStrokingColor(Color.BLACK);
                y = centred(draw, TextRuns.clean(content.name()).isEmpty() ? "?" : content.name(), faces.chain(Face.SERIF), 40, 12, 4, y, width) - 16;
                draw.setNonStrokingColor(new Color(0x33, 0x33, 0x44));
                y = centred(draw, content.completed(), faces.chain(Face.SANS), 14, 10, 2, y, width) - 12;
                draw.setNonStrokingColor(accent);
                y = centred(draw, content.course(), faces.chain(Face.SANS_BOLD), 22, 12, 2, y, width) - 12;
                draw.setNonStrokingColor(new Color(0x33, 0x33, 0x44));
                centred(draw, content.date(), faces.chain(Face.SANS), 14, 10, 1, y, width);

                // signature line, signer and issuer at the bottom left
                draw.setStrokingColor(Color.DARK_GRAY);
                draw.setLineWidth(0.8f);
                draw.moveTo(MARGIN + 20, 130);
                draw.lineTo(MARGIN + 280, 130);
                draw.stroke();
                draw.setNonStrokingColor(Color.BLACK);
                left(draw, content.signer(), faces.chain(Face.SANS), 12, MARGIN + 20, 114, 260);
                left(draw, content.signerTitle(), faces.chain(Face.SANS), 10, MARGIN + 20, 100, 260);
                left(draw, content.issuer(), faces.chain(Face.SANS), 10, MARGIN + 20, 80, 420);

                // verification: QR code and code at the bottom right
                float qr = 86;
                float qrX = width - MARGIN - qr;
                qrCode(draw, content.verifyUrl(), qrX, 70, qr);
                left(draw, content.codeLabel() + " " + content.code(), faces.chain(Face.SANS_BOLD), 10, qrX - 200, 100, 190);
                left(draw, content.verifyUrl(), faces.chain(Face.SANS), 7, qrX - 200, 86, 190);
            }
            PdfA.conform(document, TextRuns.clean(content.title() + " – " + content.name()), content.language());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // PDF/A-1 predates cross-reference streams, so the document is saved without object streams
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws text centred, shrinking from {@code size} down to {@code minSize} and then wrapping onto at most
     * {@code maxLines} lines. Text that still needs more lines (a 300-character CJK name) shrinks further, down
     * to {@link #SMALLEST}, so that all of it stays on the page. Returns the next baseline.
     */
    private static float centred(PDPageContentStream draw, String text, List<TextRuns.Face> faces, float size, float minSize,
                                 int maxLines, float y, float pageWidth) throws IOException {
        float available = pageWidth - 2 * MARGIN - 40;
        String clean = TextRuns.clean(text);
        float chosen = size;
        List<List<TextRuns.Run>> lines = wrap(clean, faces, chosen, available);
        while (chosen > SMALLEST && !fits(lines.size(), chosen, size, minSize, maxLines)) {
            chosen -= chosen > minSize ? 1 : 0.5f;
            lines = wrap(clean, faces, chosen, available);
        }
        if (lines.size() > maxLines) {
            // far beyond any name the app accepts: cut, but visibly
            lines = new ArrayList<>(lines.subList(0, maxLines));
            List<TextRuns.Run> last = new ArrayList<>(lines.removeLast());
            last.addAll(TextRuns.runs("…", faces));
            lines.add(last);
        }
        for (List<TextRuns.Run> line : lines) {
            float lineWidth = Math.min(available, TextRuns.width(line, chosen));
            TextRuns.draw(draw, line, (pageWidth - lineWidth) / 2, y, chosen);
            y -= chosen * 1.25f;
        }
        return y;
    }

    /** One line is best; more lines (up to the limit) only once the size has come halfway down to the minimum. */
    private static boolean fits(int lines, float chosen, float size, float minSize, int maxLines) {
        return lines == 1 || lines <= maxLines && chosen <= minSize + (size - minSize) / 2;
    }

    private static void left(PDPageContentStream draw, String text, List<TextRuns.Face> faces, float size, float x, float y, float maxWidth)
            throws IOException {
        List<List<TextRuns.Run>> lines = wrap(TextRuns.clean(text), faces, size, maxWidth);
        if (!lines.isEmpty()) {
            TextRuns.draw(draw, lines.getFirst(), x, y, size);
        }
    }

    /** Breaks at spaces where possible, inside words where a word alone is too wide. */
    private static List<List<TextRuns.Run>> wrap(String text, List<TextRuns.Face> faces, float size, float width) {
        List<List<TextRuns.Run>> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (TextRuns.width(TextRuns.runs(candidate, faces), size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(TextRuns.runs(line.toString(), faces));
                line.setLength(0);
            }
            StringBuilder piece = new StringBuilder();
            for (int cp : word.codePoints().toArray()) {
                String longer = piece + Character.toString(cp);
                if (TextRuns.width(TextRuns.runs(longer, faces), size) > width && !piece.isEmpty()) {
                    lines.add(TextRuns.runs(piece.toString(), faces));
                    piece.setLength(0);
                }
                piece.appendCodePoint(cp);
            }
            line.append(piece);
        }
        if (!line.isEmpty()) {
            lines.add(TextRuns.runs(line.toString(), faces));
        }
        return lines;
    }

    /** Draws the QR code as filled squares (vector, no image, so nothing is transparent or blurred). */
    private static void qrCode(PDPageContentStream draw, String url, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IOException("cannot encode the verification address as a QR code", e);
        }
        float module = size / matrix.getWidth();
        draw.setNonStrokingColor(Color.WHITE);
        draw.addRect(x, y, size, size);
        draw.fill();
        draw.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    draw.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        draw.fill();
    }

    /** PDF/A-1 allows no transparency: the logo is flattened onto white. */
    private static BufferedImage opaque(byte[] image) throws IOException {
        BufferedImage source = ImageIO.read(new ByteArrayInputStream(image));
        if (source == null) {
            throw new IOException("the certificate logo is not a readable image");
        }
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
