package org.collabacademy.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.collabacademy.IntegrationTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.TestBrowser;
import org.collabacademy.TinyCourse;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.base.LanguagePreferences;
import org.collabacademy.base.PublicUrl;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.CourseReader;
import org.collabacademy.course.TestContent;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.collabacademy.quiz.QuizTaking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class CertificatesTest {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort int port;
    @Autowired Certificates certificates;
    @Autowired CertificateAnnouncements announcements;
    @Autowired CourseReader reader;
    @Autowired QuizTaking quizzes;
    @Autowired ContentImport contentImport;
    @Autowired LanguagePreferences languages;
    @Autowired TestAccounts accounts;
    @Autowired PublicUrl publicUrl;

    @TempDir
    Path content;

    private String course;
    private UserSummary learner;

    @BeforeEach
    void importCourse() {
        course = TestContent.withTinyCourse(content, "certificates");
        TestContent.importFolder(contentImport, content);
        learner = accounts.create("graduate");
        accounts.signIn(learner.email());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private CertificateView completeTheCourse() {
        TinyCourse.complete(reader, quizzes, course, Language.ENGLISH);
        return certificates.mine().stream().filter(c -> c.courseKey().equals(course)).findFirst().orElseThrow();
    }

    @Test
    void completing_a_course_issues_one_certificate_in_the_learners_language_with_the_course_layout() throws Exception {
        languages.rememberForCurrentUser(Language.GERMAN);
        assertThat(certificates.mine()).isEmpty();

        CertificateView issued = completeTheCourse();
        TinyCourse.complete(reader, quizzes, course, Language.ENGLISH);

        assertThat(certificates.mine()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CertificateStatus.VALID);
            assertThat(c.courseTitle()).isEqualTo("Ein kleiner Kurs");
            assertThat(c.learnerName()).isEqualTo(learner.displayName());
            assertThat(c.code()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        });
        byte[] pdf = certificates.pdf(issued.code());
        CertificatePdfTest.assertPdfA(pdf);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.GERMAN).withZone(ZoneOffset.UTC)
                .format(issued.completedAt());
        assertThat(CertificatePdfTest.text(pdf)).contains(learner.displayName(), "Ein kleiner Kurs", date, issued.code(),
                "Tiny Academy", "Tina Trainer", "Teilnahmezertifikat");
        assertThat(CertificatePdfTest.qrCode(pdf)).isEqualTo(publicUrl.of("/verify/" + issued.code()));
        assertTheCourseLayout(pdf);
    }

    /** The tiny course's certificate section: its logo.png is drawn on the page, and the frame is in its colour #884422. */
    private static void assertTheCourseLayout(byte[] pdf) throws Exception {
        BufferedImage logo = ImageIO.read(Path.of("src/test/resources/content-cases/valid/content/tiny/logo.png").toFile());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).singleElement().satisfies(image -> {
                assertThat(image.getWidth()).isEqualTo(logo.getWidth());
                assertThat(image.getHeight()).isEqualTo(logo.getHeight());
            });

            List<List<Float>> strokeColours = new ArrayList<>();
            List<Object> operands = new ArrayList<>();
            for (Object token : new PDFStreamParser(page).parse()) {
                if (token instanceof Operator operator) {
                    // PDFBox sets a stroking colour as "/DeviceRGB CS r g b SC"; other writers use "r g b RG"
                    if (operator.getName().equals("SC") || operator.getName().equals("RG")) {
                        strokeColours.add(operands.stream().filter(COSNumber.class::isInstance).map(o -> ((COSNumber) o).floatValue()).toList());
                    }
                    operands.clear();
                } else {
                    operands.add(token);
                }
            }
            assertThat(strokeColours).isNotEmpty().first().satisfies(rgb -> assertThat(rgb).zipSatisfy(List.of(0x88, 0x44, 0x22),
                    (actual, expected) -> assertThat(actual).isCloseTo(expected / 255f, within(0.002f))));
        }
    }

    @Test
    void only_the_owner_and_administrators_download_a_certificate() {
        CertificateView issued = completeTheCourse();

        accounts.signIn(accounts.create("curious").email());
        assertThatThrownBy(() -> certificates.pdf(issued.code())).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(certificates.mine()).isEmpty();
        assertThatThrownBy(() -> certificates.search("", PageRequest.of(0, 10))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> certificates.revoke(issued.code())).isInstanceOf(AuthorizationDeniedException.class);

        accounts.signIn(TestAccounts.FIRST_ADMIN);
        assertThat(certificates.pdf(issued.code())).startsWith("%PDF".getBytes());
        assertThat(certificates.search("nobody-has-this-name", PageRequest.of(0, 10))).isEmpty();
        assertThat(certificates.search(issued.code().toLowerCase(Locale.ROOT), PageRequest.of(0, 10))).singleElement()
                .extracting(CertificateView::learnerName).isEqualTo(learner.displayName());

        accounts.signOut();
        assertThatThrownBy(() -> certificates.pdf(issued.code())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void verification_says_valid_revoked_replaced_or_unknown_and_never_more_than_name_course_and_date() {
        CertificateView first = completeTheCourse();
        accounts.signOut();

        Verification valid = certificates.verify(first.code().toLowerCase(Locale.ROOT), "10.0.0.1");
        assertThat(valid.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(valid.name()).isEqualTo(learner.displayName());
        assertThat(valid.courseTitle()).isEqualTo("A Tiny Course");
        assertThat(valid.completedAt()).isEqualTo(first.completedAt());

        assertThat(certificates.verify("ZZZZ-ZZZZ-ZZZZ", "10.0.0.1")).isEqualTo(Verification.unknown());
        assertThat(certificates.verify("<script>alert(1)</script>", "10.0.0.1")).isEqualTo(Verification.unknown());

        accounts.signIn(TestAccounts.FIRST_ADMIN);
        CertificateView renamed = certificates.reissue(first.code(), "Grace Renamed");
        assertThat(renamed.code()).isNotEqualTo(first.code());
        assertThatThrownBy(() -> certificates.revoke(first.code())).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> certificates.reissue(renamed.code(), "  ")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("name: validation.required");
        accounts.signOut();

        Verification replaced = certificates.verify(first.code(), "10.0.0.1");
        assertThat(replaced.status()).isEqualTo(CertificateStatus.REPLACED);
        Verification current = certificates.verify(renamed.code(), "10.0.0.1");
        assertThat(current.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(current.name()).isEqualTo("Grace Renamed");

        accounts.signIn(TestAccounts.FIRST_ADMIN);
        certificates.revoke(renamed.code());
        accounts.signIn(learner.email());
        assertThat(certificates.mine()).extracting(CertificateView::status)
                .containsExactlyInAnyOrder(CertificateStatus.REPLACED, CertificateStatus.REVOKED);
        assertThatThrownBy(() -> certificates.pdf(renamed.code())).isInstanceOf(AuthorizationDeniedException.class);
        accounts.signOut();

        Verification revoked = certificates.verify(renamed.code(), "10.0.0.1");
        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.revokedAt()).isNotNull();
    }

    @Test
    void guessing_codes_from_one_address_is_slowed_down_but_other_addresses_go_on() {
        for (int i = 0; i < Certificates.VERIFICATIONS_PER_BURST; i++) {
            certificates.verify("GUES-S%03d-AAAA".formatted(i), "10.9.9.9");
        }
        assertThatThrownBy(() -> certificates.verify("GUES-SING-AAAA", "10.9.9.9")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("verify.too-many");
        assertThat(certificates.verify("GUES-SING-AAAA", "10.9.9.10").status()).isEqualTo(CertificateStatus.UNKNOWN);
    }

    @Test
    void a_new_certificate_is_announced_once_in_the_app_and_by_e_mail() throws Exception {
        CertificateView issued = completeTheCourse();

        List<String> notices = announcements.takeForCurrentUser(Locale.ENGLISH);
        assertThat(notices).singleElement().asString().contains("A Tiny Course");
        assertThat(announcements.takeForCurrentUser(Locale.ENGLISH)).isEmpty();

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> recipients(m).contains(learner.email())).findFirst().orElseThrow();
        assertThat(message.getSubject()).contains("A Tiny Course");
        assertThat(GreenMailUtil.getBody(message)).contains(publicUrl.of("/verify/" + issued.code()));
    }

    @Test
    void pdfs_download_over_http_only_for_signed_in_owners() throws Exception {
        CertificateView issued = completeTheCourse();
        accounts.signOut();

        HttpResponse<byte[]> anonymous = new TestBrowser(port).download("/certificates/" + issued.code() + ".pdf");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(new TestBrowser(port).get("/verify/" + issued.code()).statusCode()).as("verification is public").isEqualTo(200);

        TestBrowser owner = new TestBrowser(port);
        owner.signIn(learner.email(), TestAccounts.PASSWORD);
        HttpResponse<byte[]> mine = owner.download("/certificates/" + issued.code() + ".pdf");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(mine.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(CertificatePdfTest.text(mine.body())).contains(issued.code());
        HttpResponse<byte[]> byCourse = owner.download("/certificates/course/" + course + ".pdf");
        assertThat(byCourse.statusCode()).as("the dashboard's download link").isEqualTo(200);
        assertThat(CertificatePdfTest.text(byCourse.body())).contains(issued.code());
        assertThat(owner.download("/certificates/course/no-such-course.pdf").statusCode()).isEqualTo(404);
        assertThat(new TestBrowser(port).download("/certificates/course/" + course + ".pdf").statusCode()).isEqualTo(302);
        HttpResponse<byte[]> handout = owner.download("/handouts/" + course + "/first.pdf?language=de");
        assertThat(handout.statusCode()).isEqualTo(200);
        assertThat(owner.download("/handouts/" + course + "/no-such-module.pdf").statusCode()).isEqualTo(404);

        TestBrowser stranger = new TestBrowser(port);
        UserSummary other = accounts.create("stranger", Role.LEARNER);
        stranger.signIn(other.email(), TestAccounts.PASSWORD);
        assertThat(stranger.download("/certificates/" + issued.code() + ".pdf").statusCode()).isEqualTo(404);
        assertThat(stranger.download("/certificates/course/" + course + ".pdf").statusCode()).as("no certificate of theirs").isEqualTo(404);
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
