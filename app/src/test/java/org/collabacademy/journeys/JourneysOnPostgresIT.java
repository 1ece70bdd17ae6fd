package org.collabacademy.journeys;

import java.util.Map;
import org.collabacademy.PostgresTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The journeys once more with the jar on the real PostgreSQL named by COLLABACADEMY_TEST_POSTGRES_URL (CI sets
 * it), in a schema of its own that is emptied first. Run alone with
 * {@code ./mvnw -pl app verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=JourneysOnPostgresIT}.
 */
@EnabledIfEnvironmentVariable(named = PostgresTest.URL_VARIABLE, matches = ".+")
class JourneysOnPostgresIT extends Journeys {

    private static final String SCHEMA = "collabacademy_journeys";

    @BeforeAll
    static void startTheJarOnPostgres() throws Exception {
        String url = System.getenv(PostgresTest.URL_VARIABLE);
        String user = System.getenv().getOrDefault("COLLABACADEMY_TEST_POSTGRES_USER", "postgres");
        Flyway.configure().dataSource(url, user, "").schemas(SCHEMA).cleanDisabled(false).load().clean();
        app = RunningApp.start(Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", user, "SPRING_DATASOURCE_PASSWORD", "",
                "SPRING_DATASOURCE_HIKARI_SCHEMA", SCHEMA, "SPRING_FLYWAY_SCHEMAS", SCHEMA, "SPRING_FLYWAY_DEFAULT_SCHEMA", SCHEMA));
    }
}
