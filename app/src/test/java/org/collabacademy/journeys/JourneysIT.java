package org.collabacademy.journeys;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;

/**
 * The journeys on the embedded H2 database in a temporary folder. Run alone with
 * {@code ./mvnw -pl app verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=JourneysIT}.
 */
class JourneysIT extends Journeys {

    @BeforeAll
    static void startTheJarOnH2() throws Exception {
        app = RunningApp.start(Map.of());
    }
}
