package org.collabacademy.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.collabacademy.KaribuTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.TinyCourse;
import org.collabacademy.base.Language;
import org.collabacademy.certificate.CertificateView;
import org.collabacademy.certificate.Certificates;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.CourseReader;
import org.collabacademy.course.TestContent;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.collabacademy.quiz.QuizTaking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class CertificateViewsTest extends KaribuTest {

    @Autowired ContentImport contentImport;
    @Autowired CourseReader reader;
    @Autowired QuizTaking quizzes;
    @Autowired Certificates certificates;

    @TempDir
    Path content;

    private static final String TOO_MANY = "Too many checks from your address. Please wait a minute and try again.";

    private String course;

    @BeforeEach
    void importCourse() {
        course = TestContent.withTinyCourse(content, "cert-views");
        TestContent.importFolder(contentImport, content);
    }

    /** Signs in a new learner who completes the tiny course; returns their certificate. */
    private CertificateView graduate(String who) {
        signInAs(who);
        TinyCourse.complete(reader, quizzes, course, Language.ENGLISH);
        return certificates.mine().getFirst();
    }

    @Test
    void a_learner_finds_the_new_certificate_announced_listed_and_linked_from_the_dashboard() {
        signInAs("no-certificate-yet");
        navigate("certificates");
        assertThat(_find(Paragraph.class, spec -> spec.withId("certificates-none"))).hasSize(1);

        CertificateView mine = graduate("cert-owner");
        navigate("my-learning");
        NotificationsKt.expectNotifications("Congratulations! Your certificate for \"A Tiny Course\" is ready under My certificates.");
        assertThat(_get(Anchor.class, spec -> spec.withId("certificate-link-" + course)).getHref()).isEqualTo("certificates");
        Anchor download = _get(Anchor.class, spec -> spec.withId("certificate-download-" + course));
        assertThat(download.getHref()).isEqualTo("/certificates/course/" + course + ".pdf");
        assertThat(download.getText()).isEqualTo("Download it (PDF)");
        assertThat(download.getElement().hasAttribute("router-ignore")).as("a download, not a view").isTrue();

        navigate("certificates");
        Section card = _get(Section.class, spec -> spec.withId("certificate-" + mine.code()));
        assertThat(card.getElement().getTextRecursively()).contains("A Tiny Course", mine.code());
        assertThat(_get(Anchor.class, spec -> spec.withId("download-" + mine.code())).getHref()).isEqualTo("/certificates/" + mine.code() + ".pdf");

        navigate("my-learning");
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    @Test
    void anyone_can_verify_a_code_and_learns_only_name_course_and_date() {
        CertificateView issued = graduate("verified-learner");
        signOut();

        navigate("verify/" + issued.code());
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-status")).getClassNames()).contains("verify-valid");
        assertThat(_get(Div.class, spec -> spec.withId("verify-result")).getElement().getTextRecursively())
                .contains("verified-learner Tester", "A Tiny Course");

        navigate("verify/ZZZZ-ZZZZ-ZZZZ");
        Div result = _get(Div.class, spec -> spec.withId("verify-result"));
        assertThat(result.getElement().getTextRecursively()).isEqualTo("No certificate has this code.");

        navigate("verify");
        userSets(_get(TextField.class, spec -> spec.withId("verify-code")), " " + issued.code().toLowerCase() + " ");
        _click(_get(Button.class, spec -> spec.withId("verify-check")));
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("verify/" + issued.code().toLowerCase());
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-status")).getClassNames()).contains("verify-valid");
    }

    @Test
    void a_revoked_code_says_so_with_the_date_in_utc_like_the_pdf() {
        CertificateView issued = graduate("revoked-learner");
        signInAs("revoking-admin", Role.ADMIN);
        CertificateView revoked = certificates.revoke(issued.code());
        signOut();

        // a server zone whose calendar date differs from UTC at that moment: the page must still say the UTC date
        Instant at = revoked.revokedAt();
        TimeZone serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(at.atZone(ZoneOffset.UTC).getHour() < 12 ? "Etc/GMT+12" : "Pacific/Kiritimati"));
        try {
            navigate("verify/" + issued.code());
        } finally {
            TimeZone.setDefault(serverZone);
        }
        String utcDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).withZone(ZoneOffset.UTC).format(at);
        Paragraph status = _get(Paragraph.class, spec -> spec.withId("verify-status"));
        assertThat(status.getClassNames()).contains("verify-revoked");
        assertThat(status.getText()).isEqualTo("This certificate was revoked on " + utcDate + ".");
    }

    @Test
    void a_replaced_code_says_replaced_and_shows_no_name() {
        CertificateView issued = graduate("renamed-learner");
        signInAs("reissuing-admin", Role.ADMIN);
        certificates.reissue(issued.code(), "Renamed Learner");
        signOut();

        navigate("verify/" + issued.code());
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-status")).getClassNames()).contains("verify-replaced");
        assertThat(_get(Div.class, spec -> spec.withId("verify-result")).getElement().getTextRecursively())
                .isEqualTo("This certificate was replaced by a newer one and is no longer valid.");
    }

    @Test
    void too_many_checks_from_one_address_are_refused_with_a_message() {
        // an address of its own, so that other tests' checks are not slowed down by this one
        VaadinServletRequest current = (VaadinServletRequest) VaadinRequest.getCurrent();
        CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(new HttpServletRequestWrapper(current.getHttpServletRequest()) {
            @Override
            public String getRemoteAddr() {
                return "203.0.113.66";
            }
        }, current.getService()));
        // a burst of 20 unknown codes is answered (a slow machine may earn a refilled check or two on top)
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 40 && !answers.contains(TOO_MANY); i++) {
            navigate("verify/ZZZZ-ZZZZ-ZZ" + (char) ('A' + i / 20) + (char) ('A' + i % 20));
            answers.add(_get(Div.class, spec -> spec.withId("verify-result")).getElement().getTextRecursively());
        }
        assertThat(answers.subList(0, 20)).containsOnly("No certificate has this code.");
        assertThat(answers).endsWith(TOO_MANY);
    }

    @Test
    void an_administrator_finds_revokes_and_reissues_certificates() {
        CertificateView first = graduate("admin-target");
        signInAs("cert-admin", Role.ADMIN);
        navigate("admin/certificates");
        userSets(_get(TextField.class, spec -> spec.withId("certificate-search")), first.code());
        @SuppressWarnings("unchecked")
        Grid<CertificateView> grid = _get(Grid.class, spec -> spec.withId("certificates"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(first.code(), "admin-target Tester", "A Tiny Course", "Valid");

        // re-issuing refuses an empty name, then replaces the old code
        _click(action(grid, "reissue-" + first.code()));
        TextField name = _get(TextField.class, spec -> spec.withId("reissue-name"));
        userSets(name, " ");
        _click(_get(Button.class, spec -> spec.withId("reissue-save")));
        assertThat(name.isInvalid()).isTrue();
        userSets(name, "Admin Target Renamed");
        _click(_get(Button.class, spec -> spec.withId("reissue-save")));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Replaced by a newer certificate");
        assertThat(_find(GridKt._getCellComponent(grid, 0, "actions"), Button.class)).isEmpty();

        userSets(_get(TextField.class, spec -> spec.withId("certificate-search")), "Admin Target Renamed");
        CertificateView fresh = certificates.search("Admin Target Renamed", PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(fresh.code(), "Valid");
        NotificationsKt.expectNotifications("Re-issued under the code " + fresh.code() + ".");
        _click(action(grid, "revoke-" + fresh.code()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Revoked");
    }

    @Test
    void learners_cannot_open_the_certificate_administration() {
        signInAs("not-an-admin");
        navigate("admin/certificates");
        assertThat(_find(Grid.class, spec -> spec.withId("certificates"))).isEmpty();
    }

    /** A button in the first row's actions column (component columns render only on demand). */
    private static Button action(Grid<CertificateView> grid, String id) {
        return _get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, spec -> spec.withId(id));
    }
}
