package org.collabacademy.certificate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.i18n.I18NProvider;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.base.PublicUrl;
import org.collabacademy.base.SignedIn;
import org.collabacademy.course.CourseCatalog;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.course.Localized;
import org.collabacademy.course.content.CertificateLayout;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates: the learner's own list and PDFs, the public verification (rate-limited per address),
 * and revoking and re-issuing for administrators.
 */
@Service
@Transactional
public class Certificates {

    /** Verifications allowed per client address: a burst of 20, then one every 3 seconds. */
    static final int VERIFICATIONS_PER_BURST = 20;

    private final CertificateRepository certificates;
    private final CertificatePdf pdf;
    private final CourseCatalog catalog;
    private final I18NProvider translations;
    private final PublicUrl publicUrl;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Cache<String, Bucket> verifiers = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(100_000).build();

    Certificates(CertificateRepository certificates, CertificatePdf pdf, CourseCatalog catalog, I18NProvider translations,
                 PublicUrl publicUrl, ApplicationEventPublisher events, Clock clock) {
        this.certificates = certificates;
        this.pdf = pdf;
        this.catalog = catalog;
        this.translations = translations;
        this.publicUrl = publicUrl;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CertificateView> mine() {
        return certificates.findByLearnerIdOrderByIssuedAtDesc(me()).stream().map(Certificate::view).toList();
    }

    /** The PDF of a certificate: its owner gets valid ones, administrators any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] pdf(String code) {
        Certificate certificate = certificates.findByCode(CertificateCodes.normalize(code))
                .orElseThrow(() -> new InvalidInput("code", "certificate.not-found"));
        boolean admin = isAdmin();
        if (!admin && (certificate.learnerId() != me() || certificate.status() != CertificateStatus.VALID)) {
            throw new AuthorizationDeniedException("Only its owner (while it is valid) and administrators download a certificate");
        }
        return render(certificate);
    }

    /**
     * The PDF of the signed-in learner's valid certificate for a course: what the dashboard links to, since it
     * knows the course but not the code.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] myPdfFor(String courseKey) {
        return render(certificates.findFirstByLearnerIdAndCourseKeyAndStatusOrderByIssuedAtDesc(me(), courseKey, CertificateStatus.VALID)
                .orElseThrow(() -> new InvalidInput("course", "certificate.not-found")));
    }

    /**
     * What anyone may learn about a code. Unknown codes reveal nothing; repeated guessing from one address
     * is slowed down.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Verification verify(String code, String clientAddress) {
        Bucket bucket = verifiers.get(clientAddress, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(VERIFICATIONS_PER_BURST).refillGreedy(1, Duration.ofSeconds(3)).build()).build());
        if (!bucket.tryConsume(1)) {
            throw new InvalidInput("code", "verify.too-many");
        }
        return certificates.findByCode(CertificateCodes.normalize(code)).map(c -> new Verification(c.status(), c.learnerName(),
                c.courseTitle(), c.completedAt(), c.revokedAt())).orElseGet(Verification::unknown);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<CertificateView> search(String text, Pageable page) {
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return certificates.search(escaped, page).map(Certificate::view);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CertificateView revoke(String code) {
        Certificate certificate = valid(code);
        certificate.revoke(clock.instant());
        return certificate.view();
    }

    /** Re-issues under a new code (e.g. after a name change); the old code then reads "replaced". */
    @PreAuthorize("hasRole('ADMIN')")
    public CertificateView reissue(String code, String newName) {
        String name = newName.strip();
        if (name.isEmpty()) {
            throw new InvalidInput("name", "validation.required");
        }
        if (name.length() > 300) {
            throw new InvalidInput("name", "validation.too-long", 300);
        }
        Certificate old = valid(code);
        Instant now = clock.instant();
        Certificate fresh = certificates.save(new Certificate(CertificateCodes.next(), old.learnerId(), name, old.courseKey(),
                old.courseTitle(), old.language(), old.completedAt(), now));
        old.replaceWith(fresh.code(), now);
        events.publishEvent(new CertificateIssued(fresh.learnerId(), name, "", fresh.courseKey(), fresh.courseTitle(), fresh.code(),
                fresh.language(), now));
        return fresh.view();
    }

    byte[] render(Certificate certificate) {
        Language language = Language.ofTag(certificate.language()).orElse(Language.ENGLISH);
        Locale locale = language.locale();
        CourseOutline course = catalog.course(certificate.courseKey()).orElse(null);
        CertificateLayout layout = course == null ? CertificateLayout.defaults() : course.certificate();
        Language fallback = course == null ? Language.ENGLISH : course.defaultLanguage();
        String issuer = layout.issuer().isEmpty() ? "CollabAcademy" : Localized.pick(layout.issuer(), language, fallback);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneOffset.UTC).format(certificate.completedAt());
        byte[] logo = layout.logo() == null ? null : catalog.file(certificate.courseKey(), layout.logo()).orElse(null);
        return pdf.render(new CertificatePdf.Content(
                translations.getTranslation("certificate.title", locale),
                translations.getTranslation("certificate.certifies", locale),
                certificate.learnerName(),
                translations.getTranslation("certificate.completed", locale),
                certificate.courseTitle(),
                translations.getTranslation("certificate.on", locale, date),
                translations.getTranslation("certificate.issued-by", locale, issuer),
                layout.signer(),
                layout.signerTitle().isEmpty() ? "" : Localized.pick(layout.signerTitle(), language, fallback),
                translations.getTranslation("certificate.code", locale),
                certificate.code(),
                publicUrl.of("/verify/" + certificate.code()),
                layout.color(), logo, language.tag()));
    }

    private Certificate valid(String code) {
        Certificate certificate = certificates.findByCode(CertificateCodes.normalize(code))
                .orElseThrow(() -> new InvalidInput("code", "certificate.not-found"));
        if (certificate.status() != CertificateStatus.VALID) {
            throw new InvalidInput("code", "certificate.not-valid");
        }
        return certificate;
    }

    private static boolean isAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    }

    private static long me() {
        return SignedIn.current().map(SignedIn::userId).orElseThrow(() -> new AuthorizationDeniedException("No one is signed in"));
    }
}
