package org.collabacademy.certificate;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Renders a handout from HTML with openhtmltopdf on PDFBox 3: the very HTML the reader shows (sanitized at
 * import), with a title page, page numbers and the content version. Course images are read from the
 * course's files, never over the network.
 */
@Component
class HandoutPdf {

    /** Any host will do: relative image addresses resolve against it and come back to {@link CourseImages}. */
    private static final String BASE = "http://collabacademy.local/";

    static {
        // openhtmltopdf logs every step to the console at INFO; only its warnings and errors are worth reading
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final PdfFonts fonts;

    HandoutPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Course files by course key and path; null when missing. */
    interface CourseImages extends BiFunction<String, String, byte @Nullable []> {
    }

    byte[] render(String xhtmlBody, String language, CourseImages images) {
        var document = new W3CDom().fromJsoup(Jsoup.parse(xhtmlBody, BASE));
        document.getDocumentElement().setAttribute("lang", language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(document, BASE);
        builder.useFont(() -> new ByteArrayInputStream(fonts.bytes(PdfFonts.Face.SANS)), "Noto Sans", 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(fonts.bytes(PdfFonts.Face.SANS_BOLD)), "Noto Sans", 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(fonts.bytes(PdfFonts.Face.FALLBACK)), "Droid Sans Fallback", 400, FontStyle.NORMAL, true);
        builder.useProtocolsStreamImplementation(new CourseFileStreams(images), "http", "https");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Answers {@code /content/<course>/<version>/<path>} from the course's files; everything else is empty. */
    private record CourseFileStreams(CourseImages images) implements FSStreamFactory {

        @Override
        public FSStream getUrl(String url) {
            byte[] bytes = null;
            String path = URI.create(url).getRawPath();
            if (url.startsWith(BASE) && path != null && path.startsWith("/content/")) {
                String[] parts = path.substring("/content/".length()).split("/", 3);
                if (parts.length == 3) {
                    bytes = images.apply(parts[0], URLDecoder.decode(parts[2], StandardCharsets.UTF_8));
                }
            }
            byte[] found = bytes == null ? new byte[0] : bytes;
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return new ByteArrayInputStream(found);
                }

                @Override
                public Reader getReader() {
                    return new java.io.InputStreamReader(getStream(), StandardCharsets.UTF_8);
                }
            };
        }
    }
}
