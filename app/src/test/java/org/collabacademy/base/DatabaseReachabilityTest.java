package org.collabacademy.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseReachabilityTest {

    @Test
    void a_lost_connection_anywhere_in_the_cause_chain_means_unreachable() {
        assertThat(DatabaseReachability.isUnreachable(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(DatabaseReachability.isUnreachable(new IllegalStateException("wrapped",
                new RuntimeException(new SQLException("Connection refused", "08001"))))).isTrue();
        assertThat(DatabaseReachability.isUnreachable(new RuntimeException(new java.sql.SQLTransientConnectionException("timeout")))).isTrue();
    }

    @Test
    void a_fault_of_the_app_is_not_mistaken_for_an_outage() {
        assertThat(DatabaseReachability.isUnreachable(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseReachability.isUnreachable(new IllegalArgumentException("bad id"))).isFalse();
        assertThat(DatabaseReachability.isUnreachable(new RuntimeException(new SQLException("syntax", "42601")))).isFalse();
    }
}
