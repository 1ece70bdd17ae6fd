package org.collabacademy.certificate;

import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads: {@code /certificates/<code>.pdf}, {@code /certificates/course/<course>.pdf} (the learner's own) and
 * {@code /handouts/<course>/<module>.pdf?language=ru}. All need sign-in.
 */
@RestController
class PdfController {

    private final Certificates certificates;
    private final Handouts handouts;

    PdfController(Certificates certificates, Handouts handouts) {
        this.certificates = certificates;
        this.handouts = handouts;
    }

    @GetMapping("/certificates/{code}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String code) {
        try {
            return pdf(certificates.pdf(code), "certificate-" + code + ".pdf");
        } catch (InvalidInput | AuthorizationDeniedException notYours) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
    }

    /** The signed-in learner's own certificate for a course, linked from the dashboard. */
    @GetMapping("/certificates/course/{course}.pdf")
    ResponseEntity<byte[]> myCertificateFor(@PathVariable String course) {
        try {
            return pdf(certificates.myPdfFor(course), "certificate-" + course + ".pdf");
        } catch (InvalidInput none) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
    }

    @GetMapping("/handouts/{course}/{module}.pdf")
    ResponseEntity<byte[]> handout(@PathVariable String course, @PathVariable String module,
                                   @RequestParam(defaultValue = "en") String language) {
        try {
            return pdf(handouts.handout(course, module, Language.ofTag(language).orElse(Language.ENGLISH)), course + "-" + module + ".pdf");
        } catch (InvalidInput notFound) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("Cache-Control", "private, no-store")
                .body(bytes);
    }
}
