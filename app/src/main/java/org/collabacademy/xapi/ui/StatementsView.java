package org.collabacademy.xapi.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.collabacademy.xapi.LearningRecordsAdmin;
import org.collabacademy.xapi.LearningRecordsAdmin.StatementQuery;
import org.collabacademy.xapi.StatementRecord;
import org.collabacademy.xapi.XapiProfile;

/** The statement store, newest first, filterable, each statement's JSON one click away, exportable as JSON. */
@Route("admin/records")
@Menu(title = "nav.records", order = 85, icon = "vaadin:records")
@RolesAllowed({"TRAINER", "ADMIN"})
class StatementsView extends Main implements HasDynamicTitle {

    private static final List<String> VERBS = List.of(XapiProfile.EXPERIENCED, XapiProfile.ATTEMPTED, XapiProfile.ANSWERED,
            XapiProfile.PASSED, XapiProfile.FAILED, XapiProfile.COMPLETED);

    private final Grid<StatementRecord> grid = new Grid<>();
    private final Select<String> verb = new Select<>();
    private final TextField course = new TextField();
    private final TextField learner = new TextField();

    StatementsView(LearningRecordsAdmin records) {
        addClassName("wide-page");
        verb.setId("records-verb");
        verb.setLabel(getTranslation("records.verb"));
        verb.setEmptySelectionAllowed(true);
        verb.setEmptySelectionCaption(getTranslation("records.any"));
        verb.setItems(VERBS);
        verb.setItemLabelGenerator(v -> v == null ? getTranslation("records.any") : v.substring(v.lastIndexOf('/') + 1));
        verb.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        course.setId("records-course");
        course.setLabel(getTranslation("records.course"));
        course.setValueChangeMode(ValueChangeMode.LAZY);
        course.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        learner.setId("records-learner");
        learner.setLabel(getTranslation("records.learner"));
        learner.setAllowedCharPattern("[0-9]");
        learner.setValueChangeMode(ValueChangeMode.LAZY);
        learner.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = records.exportJson(query()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), "statements.json", "application/json", json.length);
        }), getTranslation("records.export"));
        export.setId("records-export");
        FlexLayout filters = new FlexLayout(verb, course, learner, export);
        filters.addClassName("catalog-filters");
        filters.setAlignItems(FlexLayout.Alignment.END);

        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.setId("statements");
        grid.addColumn(s -> time.format(s.storedAt())).setHeader(getTranslation("records.stored")).setAutoWidth(true);
        grid.addColumn(s -> s.learnerId() == null ? "" : String.valueOf(s.learnerId())).setHeader(getTranslation("records.learner")).setAutoWidth(true);
        grid.addColumn(StatementRecord::verbName).setHeader(getTranslation("records.verb")).setAutoWidth(true);
        grid.addColumn(StatementRecord::activityId).setHeader(getTranslation("records.activity")).setFlexGrow(1);
        grid.addColumn(s -> s.authority() == null ? getTranslation("records.authority-app") : s.authority())
                .setHeader(getTranslation("records.authority")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(s -> new Pre(s.json())));
        grid.setItems(query -> records.browse(query(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        add(new H1(getTranslation("records.title")), filters, grid);
    }

    private StatementQuery query() {
        Long learnerId = learner.getValue().isBlank() ? null : Long.parseLong(learner.getValue().substring(0, Math.min(18, learner.getValue().length())));
        return new StatementQuery(learnerId, verb.getValue() == null ? "" : verb.getValue(), course.getValue().strip(),
                Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("records.title");
    }
}
