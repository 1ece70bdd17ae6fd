package org.collabacademy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a test against the real PostgreSQL named by {@value #URL_VARIABLE} (CI sets it; see README).
 * Without the variable the test is skipped; with it, it must run. The schema is rebuilt from the
 * Flyway migrations at context start, so every run checks the migrations on PostgreSQL from scratch.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@EnabledIfEnvironmentVariable(named = PostgresTest.URL_VARIABLE, matches = ".+")
@Import({PostgresTest.FreshSchema.class, TestClock.Config.class})
public @interface PostgresTest {

    String URL_VARIABLE = "COLLABACADEMY_TEST_POSTGRES_URL";

    @TestConfiguration(proxyBeanMethods = false)
    class FreshSchema {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
