package org.collabacademy.xapi;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Duration;
import java.util.UUID;
import org.collabacademy.KaribuTest;
import org.collabacademy.TestClock;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseReader;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.collabacademy.xapi.LearningRecordsAdmin.EndpointForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator's view of an external LRS with a real (stub) LRS behind it: dead letters with the
 * LRS's reason, retry and discard, and the alert once delivery has failed for longer than configured.
 * In this package (not the view's) because it drives the package-private forwarder.
 */
class LrsEndpointsViewTest extends KaribuTest {

    @Autowired CourseReader reader;
    @Autowired LearningRecordsAdmin records;
    @Autowired LrsForwarder forwarder;
    @Autowired LrsEndpointRepository endpoints;
    @Autowired EnabledEndpoints enabledEndpoints;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired XapiSettings settings;
    @Autowired TestClock clock;

    private StubLrs lrs;
    private UserSummary administrator;
    private long endpointId;

    @BeforeEach
    void addEndpoint() throws Exception {
        lrs = new StubLrs();
        administrator = signInAs("lrs-view-admin", Role.ADMIN);
        endpointId = records.saveEndpoint(new EndpointForm(null, "view-stub-" + UUID.randomUUID(), lrs.url(), "", "", true)).id();
    }

    @AfterEach
    void removeEndpoint() {
        transactions.executeWithoutResult(s -> endpoints.findById(endpointId).ifPresent(e -> e.configure(e.name(), e.url(), "", "", false)));
        enabledEndpoints.forget();
        lrs.close();
    }

    /** A learner reads a page: one statement queued for the stub; returns its id. */
    private String oneStatement() {
        UserSummary learner = accounts.create("lrs-view-learner");
        accounts.signIn(learner.email());
        reader.open("collaborate-to-compete", "examples-of-collaborations", "introduction", Language.ENGLISH);
        return jdbc.queryForObject("select cast(statement_id as varchar) from lrs_delivery where endpoint_id = ?", String.class, endpointId);
    }

    private void openView() {
        signInAs(administrator);
        navigate("admin/lrs");
    }

    private String card() {
        return _get(Section.class, spec -> spec.withId("lrs-" + endpointId)).getElement().getTextRecursively();
    }

    @Test
    void a_dead_letter_shows_its_reason_and_can_be_retried_or_discarded() {
        String refused = oneStatement();
        lrs.refuse = refused;
        forwarder.deliverBatch(endpointId);
        openView();
        assertThat(card()).contains("refused: 1", refused, "HTTP 400", "result.score.scaled out of range");

        _click(_get(Button.class, spec -> spec.withId("lrs-retry-" + endpointId)));
        NotificationsKt.expectNotifications("Statements queued again: 1");
        assertThat(_find(Button.class, spec -> spec.withId("lrs-retry-" + endpointId))).isEmpty();
        assertThat(card()).doesNotContain(refused);
        assertThat(records.endpoints()).filteredOn(e -> e.id() == endpointId).singleElement().matches(e -> e.backlog() == 1 && e.dead() == 0);

        forwarder.deliverBatch(endpointId); // still refused: a dead letter again
        openView();
        assertThat(card()).contains(refused);
        _click(_get(Button.class, spec -> spec.withId("lrs-discard-" + endpointId)));
        NotificationsKt.expectNotifications("Statements discarded: 1");
        assertThat(card()).doesNotContain(refused);
        assertThat(records.endpoints()).filteredOn(e -> e.id() == endpointId).singleElement().matches(e -> e.backlog() == 0 && e.dead() == 0);
        assertThat(lrs.received).isEmpty();
    }

    @Test
    void delivery_failing_longer_than_the_alert_time_raises_an_alert_on_the_view() {
        oneStatement();
        lrs.mode = StubLrs.Mode.UNAVAILABLE;
        forwarder.deliverBatch(endpointId);
        openView();
        assertThat(card()).contains("503");
        assertThat(_find(Paragraph.class, spec -> spec.withId("lrs-alert-" + endpointId))).isEmpty();
        assertThat(records.endpoints()).filteredOn(e -> e.id() == endpointId).singleElement().matches(e -> !e.alert());

        clock.advance(settings.delivery().alertAfter().plus(Duration.ofMinutes(1)));
        assertThat(records.endpoints()).filteredOn(e -> e.id() == endpointId).singleElement().matches(e -> e.alert());
        openView();
        Paragraph alert = _get(Paragraph.class, spec -> spec.withId("lrs-alert-" + endpointId));
        assertThat(alert.getText()).startsWith("Delivery to view-stub-").contains("has been failing since");
        assertThat(alert.getElement().getAttribute("role")).isEqualTo("alert");

        lrs.mode = StubLrs.Mode.OK;
        assertThat(forwarder.deliverBatch(endpointId)).isEqualTo(1);
        openView();
        assertThat(_find(Paragraph.class, spec -> spec.withId("lrs-alert-" + endpointId))).isEmpty();
    }
}
