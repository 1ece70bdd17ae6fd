package org.collabacademy.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Path;
import org.collabacademy.KaribuTest;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.TestContent;
import org.collabacademy.course.content.ContentCases;
import org.collabacademy.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

class ContentAdminViewTest extends KaribuTest {

    @Autowired ContentImport contentImport;

    @TempDir
    Path content;

    @Test
    void an_administrator_reimports_and_sees_each_course_result() {
        signInAs("content-admin", Role.ADMIN);
        navigate("admin/content");
        _click(_get(Button.class, spec -> spec.withId("content-reimport")));

        NotificationsKt.expectNotifications("The content folder was imported.");
        Section course = _get(Section.class, spec -> spec.withId("import-collaborate-to-compete"));
        assertThat(_get(course, Span.class, spec -> spec.withClasses("import-status")).getText()).startsWith("Unchanged, version");
    }

    @Test
    void trainers_see_the_problems_with_file_and_line_and_can_preview_but_not_reimport() throws Exception {
        TestContent.withShippedCourses(content);
        FileSystemUtils.copyRecursively(ContentCases.content("valid").resolve("tiny"), content.resolve("tiny"));
        java.nio.file.Files.writeString(content.resolve("tiny/02-second/closing.md"), "No title.");
        TestContent.importFolder(contentImport, content);

        signInAs("content-trainer", Role.TRAINER);
        navigate("admin/content");
        assertThat(_find(Button.class, spec -> spec.withId("content-reimport"))).isEmpty();
        Section tiny = _get(Section.class, spec -> spec.withId("import-tiny"));
        assertThat(_get(tiny, Span.class, spec -> spec.withClasses("import-status")).getText()).isEqualTo("Not imported");
        assertThat(_get(tiny, Pre.class).getText())
                .isEqualTo("tiny/02-second/closing.md:1: the page has no title: add front matter 'title:' or start with a '# Heading'");

        _click(_get(Button.class, spec -> spec.withId("preview-tiny")));
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("admin/content/preview/tiny");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("preview-banner")).getText()).contains("first 1 module");
        assertThat(_get(H1.class, spec -> spec.withId("page-title")).getText()).isEqualTo("Welcome");
    }

    @Test
    void learners_cannot_open_the_content_administration() {
        signInAs("content-learner");
        navigate("admin/content");
        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(ContentAdminView.class);
        navigate("admin/content/preview/tiny");
        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(PreviewView.class);
    }
}
