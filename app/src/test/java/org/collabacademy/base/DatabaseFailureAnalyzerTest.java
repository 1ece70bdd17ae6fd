package org.collabacademy.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.collabacademy.CollabAcademyApplication;
import org.collabacademy.PostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
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

    /** A reachable PostgreSQL server without the named database (SQLSTATE 3D000): the usual slip after a fresh install. */
    @Test
    @EnabledIfEnvironmentVariable(named = PostgresTest.URL_VARIABLE, matches = ".+")
    void a_database_that_does_not_exist_on_a_running_server_stops_the_app_with_the_same_line(CapturedOutput output) {
        // the server and credentials of the test database, with a database name that does not exist there
        String url = System.getenv(PostgresTest.URL_VARIABLE).replaceFirst("/[^/?]+(\\?.*)?$", "/no_such_db_xyz");
        String user = System.getenv().getOrDefault("COLLABACADEMY_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("COLLABACADEMY_TEST_POSTGRES_PASSWORD", "");
        assertThatThrownBy(() -> new SpringApplicationBuilder(CollabAcademyApplication.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                        "--server.port=0", "--logging.structured.format.console=", "--spring.main.banner-mode=off")).isNotNull();

        String log = output.getOut() + output.getErr();
        assertThat(log).contains("Cannot connect to the database at " + url)
                .contains("no_such_db_xyz\" does not exist")
                .contains("Set SPRING_DATASOURCE_URL");
        // Spring Boot's report is the one place the problem is told: Hikari does not log its own stack trace first
        assertThat(log).doesNotContain("Exception during pool initialization");
        assertThat(log.split("Cannot connect to the database at", -1)).hasSize(2);
    }
}
