package org.collabacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import org.collabacademy.PostgresTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresTest
class UserAccountRepositoryPostgresTest extends UserAccountRepositoryContract {

    @Autowired Flyway flyway;
    @Autowired JdbcTemplate jdbc;

    @Test
    void runs_on_postgresql_with_every_migration_applied() throws IOException {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        var resolver = new PathMatchingResourcePatternResolver();
        int scripts = resolver.getResources("classpath:db/migration/V*.sql").length + resolver.getResources("classpath:db/vendor/postgresql/V*.sql").length;
        assertThat(Arrays.stream(flyway.info().applied()).filter(m -> m.getVersion() != null).count()).isEqualTo(scripts);
    }
}
