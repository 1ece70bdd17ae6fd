package org.collabacademy.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.collabacademy.IntegrationTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseCatalog;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.course.CourseOutline.ModuleOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Handouts of the shipped flagship module: every page, in the reader's language, numbered and versioned. */
@IntegrationTest
class HandoutTest {

    private static final String COURSE = "collaborate-to-compete";
    private static final String MODULE = "examples-of-collaborations";

    @Autowired Handouts handouts;
    @Autowired CourseCatalog catalog;
    @Autowired TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"ENGLISH", "RUSSIAN"})
    void the_handout_of_module_1_has_its_objectives_every_page_title_page_numbers_and_the_content_version(Language language) throws Exception {
        accounts.signIn(accounts.create("printer").email());
        CourseOutline course = catalog.course(COURSE).orElseThrow();
        ModuleOutline module = course.module(MODULE).orElseThrow();

        byte[] pdf = handouts.handout(COURSE, MODULE, language);

        String text = CertificatePdfTest.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains(module.titles().get(language), module.objectives().get(language).getFirst());
        for (CourseOutline.PageOutline page : module.pages()) {
            assertThat(text).as("page title").contains(page.titles().get(language));
        }
        // a table cell (collaboration-structures) and a call-out title (areas-customer-service-and-markets)
        assertThat(text).contains(language == Language.RUSSIAN
                ? List.of("Стратегический альянс", "Три веломагазина в Тампере объединяют ремонтные мощности")
                : List.of("Strategic alliance", "Three bike shops in Tampere share their repair capacity"));
        String version = language == Language.RUSSIAN ? "Версия материалов " : "Content version ";
        assertThat(text).contains(version + course.version());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(module.pages().size());
            String pageWord = language == Language.RUSSIAN ? "Страница" : "Page";
            assertThat(text).contains(pageWord + " 1 / " + pages, pageWord + " " + pages + " / " + pages);
        }
    }

    @Test
    void handouts_need_a_signed_in_reader_and_an_existing_module() {
        assertThatThrownBy(() -> handouts.handout(COURSE, MODULE, Language.ENGLISH)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        accounts.signIn(accounts.create("lost-printer").email());
        assertThatThrownBy(() -> handouts.handout(COURSE, "no-such-module", Language.ENGLISH)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> handouts.handout("no-such-course", MODULE, Language.ENGLISH)).isInstanceOf(InvalidInput.class);
    }
}
