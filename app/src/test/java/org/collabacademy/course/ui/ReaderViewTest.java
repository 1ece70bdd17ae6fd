package org.collabacademy.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.collabacademy.KaribuTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.TestBrowser;
import org.collabacademy.base.Language;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

class ReaderViewTest extends KaribuTest {

    private static final String MODULE_1 = "courses/collaborate-to-compete/examples-of-collaborations/";

    @LocalServerPort int port;

    @BeforeEach
    void signIn() {
        signInAs("reader");
    }

    @Test
    void a_page_shows_its_text_contents_and_the_way_on() {
        navigate(MODULE_1 + "introduction");
        assertThat(_get(H1.class, spec -> spec.withId("page-title")).getText()).isEqualTo("Introduction and Learning Objectives");
        assertThat(body()).contains("<h2>").doesNotContain("<script");
        assertThat(_find(RouterLink.class, spec -> spec.withId("pager-previous"))).isEmpty();
        assertThat(contentsItems()).hasSizeGreaterThanOrEqualTo(6);

        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("pager-next")));
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo(MODULE_1 + "why-smes-collaborate");
        assertThat(_find(RouterLink.class, spec -> spec.withId("pager-previous"))).hasSize(1);
    }

    @Test
    void the_view_is_a_plain_component_not_a_proxy() {
        // a proxied view is rebuilt with its advisors matched at every navigation (see SecurityConfiguration)
        navigate(MODULE_1 + "introduction");
        var view = com.vaadin.flow.component.UI.getCurrent().getCurrentView();
        assertThat(view).isInstanceOf(ReaderView.class);
        assertThat(org.springframework.aop.support.AopUtils.isAopProxy(view)).isFalse();
    }

    @Test
    void the_modules_quiz_and_self_assessment_are_linked_beside_the_pages() {
        navigate(MODULE_1 + "introduction");
        var quiz = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("quiz-link-examples-of-collaborations-check-your-understanding"));
        assertThat(quiz.getHref()).isEqualTo("/courses/collaborate-to-compete/examples-of-collaborations/quiz/check-your-understanding");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("quiz-link-examples-of-collaborations-collaboration-profile"))).hasSize(1);
    }

    @Test
    void pages_once_opened_are_marked_read_in_the_contents() {
        navigate(MODULE_1 + "introduction");
        navigate(MODULE_1 + "finding-partners");
        var read = contentsItems().stream().filter(item -> item.hasClass("read")).toList();
        assertThat(read).hasSize(2);
        assertThat(contentsItems().stream().filter(item -> item.hasClass("current")).toList()).hasSize(1);
    }

    @Test
    void the_last_page_of_a_module_leads_on_to_the_next_module() {
        navigate(MODULE_1 + "six-prerequisites");
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("pager-next")));
        assertThat(NavigatorKt.getCurrentPath()).startsWith("courses/collaborate-to-compete/communities-of-practice/");
    }

    @Test
    void the_handout_link_downloads_the_modules_handout_in_the_readers_language() throws Exception {
        UserSummary reader = signInAs("handout-reader");
        useLanguage(Language.RUSSIAN);
        navigate(MODULE_1 + "introduction");
        Anchor link = _get(Anchor.class, spec -> spec.withId("reader-handout"));
        assertThat(link.getHref()).isEqualTo("/handouts/collaborate-to-compete/examples-of-collaborations.pdf?language=ru");
        // a plain download: the Vaadin router must not try to open it as a view
        assertThat(link.getElement().hasAttribute("router-ignore")).isTrue();

        TestBrowser browser = new TestBrowser(port);
        browser.signIn(reader.email(), TestAccounts.PASSWORD);
        HttpResponse<byte[]> handout = browser.download(link.getHref());
        assertThat(handout.statusCode()).isEqualTo(200);
        assertThat(handout.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(handout.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Примеры сотрудничества");
        }
    }

    @Test
    void a_german_reader_reads_the_german_translation() {
        useLanguage(Language.GERMAN);
        navigate(MODULE_1 + "five-sme-types");
        assertThat(_get(H1.class, spec -> spec.withId("page-title")).getText()).isEqualTo("Die fünf KMU-Typen");
        assertThat(_find(Paragraph.class, spec -> spec.withId("translation-notice"))).isEmpty();

        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("pager-next")));
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo(MODULE_1 + "six-prerequisites");
        assertThat(_get(H1.class, spec -> spec.withId("page-title")).getText()).isEqualTo("Sechs Voraussetzungen für erfolgreiche Kooperation");
        assertThat(_find(Paragraph.class, spec -> spec.withId("translation-notice"))).isEmpty();
    }

    @Test
    void a_missing_translation_falls_back_to_english_and_says_so() {
        useLanguage(Language.RUSSIAN);
        navigate("courses/collaborate-to-compete/shared-platforms/sme-2-0");
        Paragraph notice = _get(Paragraph.class, spec -> spec.withId("translation-notice"));
        assertThat(notice.getText()).isEqualTo("Эта страница пока недоступна на языке «Русский», поэтому показана на языке «English».");
        assertThat(body()).isNotBlank();
    }

    @Test
    void a_module_address_without_a_page_opens_its_first_page() {
        navigate("courses/collaborate-to-compete/shared-platforms");
        assertThat(_get(H1.class, spec -> spec.withId("page-title")).getText()).isNotBlank();
        assertThat(contentsItems().getFirst().hasClass("current")).isTrue();
    }

    @Test
    void an_unknown_page_is_not_found() {
        navigate(MODULE_1 + "no-such-page");
        assertThat(_find(H1.class, spec -> spec.withId("page-title"))).isEmpty();
    }

    private static String body() {
        return _get(Div.class, spec -> spec.withId("page-body")).getElement().getProperty("innerHTML");
    }

    private static org.jsoup.select.Elements contentsItems() {
        return shownInside(_get(com.vaadin.flow.component.Html.class, spec -> spec.withId("page-contents"))).select("ol > li");
    }
}
