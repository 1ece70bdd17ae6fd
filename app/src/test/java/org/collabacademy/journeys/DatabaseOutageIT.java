package org.collabacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.collabacademy.PostgresTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;

/**
 * PostgreSQL out of reach for 30 seconds while a learner works (the app reaches it through a relay the test
 * cuts): the learner reads "reconnecting", never a stack trace, and the app carries on by itself afterwards.
 * Run alone with {@code ./mvnw -pl app verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DatabaseOutageIT}.
 */
@EnabledIfEnvironmentVariable(named = PostgresTest.URL_VARIABLE, matches = ".+")
class DatabaseOutageIT {

    private static final String SCHEMA = "collabacademy_outage";
    private static final String PAGE = "/courses/collaborate-to-compete/examples-of-collaborations/";

    private static TcpProxy relay;
    private static RunningApp app;

    @BeforeAll
    static void startTheJarBehindARelay() throws Exception {
        String url = System.getenv(PostgresTest.URL_VARIABLE);
        String user = System.getenv().getOrDefault("COLLABACADEMY_TEST_POSTGRES_USER", "postgres");
        Flyway.configure().dataSource(url, user, "").schemas(SCHEMA).cleanDisabled(false).load().clean();
        int port = Integer.parseInt(url.replaceFirst("^jdbc:postgresql://[^:/]+:?(\\d*)/.*$", "$1").isEmpty() ? "5432"
                : url.replaceFirst("^jdbc:postgresql://[^:/]+:?(\\d*)/.*$", "$1"));
        relay = new TcpProxy(port);
        String relayed = url.replaceFirst("^jdbc:postgresql://[^/]+/", "jdbc:postgresql://127.0.0.1:" + relay.port() + "/");
        app = RunningApp.start(Map.of("SPRING_DATASOURCE_URL", relayed, "SPRING_DATASOURCE_USERNAME", user, "SPRING_DATASOURCE_PASSWORD", "",
                "SPRING_DATASOURCE_HIKARI_SCHEMA", SCHEMA, "SPRING_FLYWAY_SCHEMAS", SCHEMA, "SPRING_FLYWAY_DEFAULT_SCHEMA", SCHEMA));
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (app != null) {
            app.close();
        }
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void while_the_database_is_away_the_learner_reads_reconnecting_and_the_app_recovers_without_a_restart() throws Exception {
        try (Browser learner = new Browser(app, "outage-learner")) {
            learner.signIn("learner@demo.collabacademy.org", "learn-together-2026");
            learner.open(PAGE + "introduction");
            assertThat(learner.text("#page-body")).isNotBlank();

            relay.cut();
            Instant cut = Instant.now();
            learner.open(PAGE + "why-smes-collaborate");
            learner.find("#reconnecting");
            String shown = learner.text("body");
            assertThat(shown).contains("Reconnecting").doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SQL");
            learner.screenshot("reconnecting");

            Thread.sleep(Math.max(0, Duration.ofSeconds(30).minus(Duration.between(cut, Instant.now())).toMillis()));
            relay.restore();
            // the page polls and reloads itself once the database answers again
            Instant until = Instant.now().plus(Duration.ofSeconds(60));
            while (learner.driver().findElements(By.cssSelector("#page-body")).isEmpty() && Instant.now().isBefore(until)) {
                Thread.sleep(500);
            }
            assertThat(learner.driver().findElements(By.cssSelector("#page-body"))).as("the page came back by itself").isNotEmpty();
            learner.screenshot("recovered");

            learner.open(PAGE + "collaboration-structures");
            assertThat(learner.text("#page-body")).isNotBlank();
        }
    }
}
