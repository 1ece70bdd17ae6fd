package org.collabacademy.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.collabacademy.CollabAcademyApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseFailureAnalyzerTest {

    @Test
    void an_unreachable_database_stops_the_app_with_one_line_naming_the_setting(CapturedOutput output) {
        String url = "jdbc:postgresql://127.0.0.1:1/nowhere";
        // command-line arguments, because they win over application.properties as environment variables do
        assertThatThrownBy(() -> new SpringApplicationBuilder(CollabAcademyApplication.class)
                .run("--spring.datasource.url=" + url, "--server.port=0", "--logging.structured.format.console=",
                        "--spring.main.banner-mode=off")).isNotNull();

        assertThat(output.getOut() + output.getErr())
                .contains("Cannot connect to the database at " + url)
                .contains("Set SPRING_DATASOURCE_URL");
    }
}
