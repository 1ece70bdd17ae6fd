package org.collabacademy.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.collabacademy.IntegrationTest;
import org.collabacademy.course.content.ContentCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

@IntegrationTest
class CourseFileControllerTest {

    @LocalServerPort int port;
    @Autowired ContentImport contentImport;

    @TempDir
    Path content;

    private String course;

    @BeforeEach
    void importTinyCourse() {
        course = TestContent.withTinyCourse(content, "files");
        TestContent.importFolder(contentImport, content);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void images_are_public_cacheable_and_never_sniffed() throws Exception {
        HttpResponse<byte[]> image = get("/content/" + course + "/1/01-first/images/diagram.svg");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(image.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(new String(image.body())).startsWith("<svg");
    }

    @Test
    void attachments_download_instead_of_opening() throws Exception {
        HttpResponse<byte[]> file = get("/content/" + course + "/1/01-first/files/checklist.txt");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    }

    @Test
    void an_old_version_redirects_to_the_current_one_and_unknown_files_are_not_found() throws Exception {
        HttpResponse<byte[]> old = get("/content/" + course + "/0/01-first/images/diagram.svg");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).isEqualTo("/content/" + course + "/1/01-first/images/diagram.svg");
        assertThat(get("/content/" + course + "/1/01-first/images/missing.svg").statusCode()).isEqualTo(404);
        assertThat(get("/content/no-such-course/1/x.png").statusCode()).isEqualTo(404);
        assertThat(get("/content/" + course + "/1/../../../etc/passwd").statusCode()).isIn(400, 404);
    }
}
