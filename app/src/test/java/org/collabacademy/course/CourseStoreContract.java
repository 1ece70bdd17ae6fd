package org.collabacademy.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.collabacademy.TestAccounts;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.ContentCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

/** What the course tables must do on H2 and on PostgreSQL alike. */
abstract class CourseStoreContract {

    @Autowired ContentImport contentImport;
    @Autowired CourseCatalog catalog;
    @Autowired CourseReader reader;
    @Autowired CourseRepository courses;
    @Autowired CourseFileRepository files;
    @Autowired TestAccounts accounts;

    @TempDir
    Path content;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private String importTinyCourse() {
        String key = TestContent.withTinyCourse(content, "store");
        TestContent.importFolder(contentImport, content);
        return key;
    }

    @Test
    void the_shipped_course_is_imported_at_start() {
        CourseOutline course = catalog.course("collaborate-to-compete").orElseThrow();
        assertThat(course.modules()).hasSize(3);
        assertThat(course.title(Language.RUSSIAN)).isEqualTo("Сотрудничать, чтобы конкурировать");
    }

    @Test
    void texts_files_and_readings_round_trip() throws Exception {
        String key = importTinyCourse();
        CourseOutline course = catalog.course(key).orElseThrow();
        assertThat(course.languages()).containsExactly(Language.ENGLISH, Language.GERMAN);
        assertThat(course.module("first").orElseThrow().objectives().get(Language.GERMAN)).containsExactly("Zwei Seiten lesen");

        byte[] svg = files.find(course.id(), "01-first/images/diagram.svg").orElseThrow().data();
        assertThat(new String(svg)).startsWith("<svg");

        var learner = accounts.create("store-reader");
        accounts.signIn(learner.email());
        PageView page = reader.open(key, "first", "welcome", Language.GERMAN).orElseThrow();
        assertThat(page.title()).isEqualTo("Willkommen");
        assertThat(page.fallback()).isFalse();
        assertThat(reader.readPages(key)).containsExactly(page.page().id());
        assertThat(reader.continueAt(key).orElseThrow().pageKey()).isEqualTo("welcome");
    }
}
