package org.collabacademy.journeys;

import org.collabacademy.PostgresTest;
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
        app = RunningApp.start(RunningApp.onEmptyPostgresSchema(SCHEMA));
    }
}
