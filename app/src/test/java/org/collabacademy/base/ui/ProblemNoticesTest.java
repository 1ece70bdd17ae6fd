package org.collabacademy.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import org.collabacademy.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

class ProblemNoticesTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired ProblemNotices notices;

    @Test
    void an_action_that_meets_a_missing_database_says_reconnecting() {
        notices.show(new ErrorEvent(new CannotCreateTransactionException("Could not open JPA EntityManager")));
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text", "")).startsWith("The database cannot be reached").doesNotContain("JPA"));
    }

    @Test
    void any_other_failure_apologises_with_a_reference_and_no_exception_text() {
        notices.show(new ErrorEvent(new IllegalStateException("internal detail 42")));
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text", "")).startsWith("Something went wrong").doesNotContain("internal detail"));
    }
}
