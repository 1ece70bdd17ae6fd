package org.collabacademy.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.nio.file.Path;
import java.util.Locale;
import org.collabacademy.KaribuTest;
import org.collabacademy.base.Language;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogViewTest extends KaribuTest {

    @Autowired ContentImport contentImport;

    @Test
    void visitors_see_the_published_course_without_signing_in() {
        navigate("courses");
        assertThat(_get(H1.class).getText()).isEqualTo("Courses");
        assertThat(titles()).contains("Collaborate to Compete");
    }

    @Test
    void filtering_by_a_language_no_course_offers_shows_why_the_list_is_empty() {
        navigate("courses");
        @SuppressWarnings("unchecked")
        Select<Language> language = _get(Select.class, spec -> spec.withId("catalog-language"));
        userSets(language, Language.SPANISH);
        assertThat(titles()).doesNotContain("Collaborate to Compete");
        assertThat(_get(Paragraph.class, spec -> spec.withId("catalog-empty")).getText()).isEqualTo("No course matches these filters.");

        userSets(language, Language.RUSSIAN);
        assertThat(titles()).contains("Collaborate to Compete");
    }

    @Test
    void filtering_by_topic_hides_the_courses_without_it(@TempDir Path content) {
        // a second course, whose only topic is "testing"
        TestContent.withTinyCourse(content, "topics");
        TestContent.importFolder(contentImport, content);
        navigate("courses");
        assertThat(titles()).contains("Collaborate to Compete", "A Tiny Course");
        @SuppressWarnings("unchecked")
        Select<String> topic = _get(Select.class, spec -> spec.withId("catalog-topic"));

        userSets(topic, "knowledge-sharing");
        assertThat(titles()).contains("Collaborate to Compete").doesNotContain("A Tiny Course");

        userSets(topic, "testing");
        assertThat(titles()).contains("A Tiny Course").doesNotContain("Collaborate to Compete");
    }

    @Test
    void the_catalog_speaks_the_visitors_language() {
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        start(Locale.GERMAN);
        navigate("courses");
        assertThat(_get(H1.class).getText()).isEqualTo("Kurse");
        assertThat(titles()).contains("Kooperieren, um im Wettbewerb zu bestehen");
    }

    private static java.util.List<String> titles() {
        return _find(H2.class).stream().map(h -> h.getElement().getTextRecursively()).toList();
    }
}
