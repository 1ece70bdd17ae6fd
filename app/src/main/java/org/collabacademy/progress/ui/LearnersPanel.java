package org.collabacademy.progress.ui;

import org.collabacademy.base.ui.ShownName;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.progress.EnrolmentStatus;
import org.collabacademy.progress.Enrolments;
import org.collabacademy.progress.ProgressViews.EnrolmentResult;
import org.collabacademy.progress.ProgressViews.LearnerFilter;
import org.collabacademy.progress.ProgressViews.LearnerRow;
import org.collabacademy.progress.ProgressViews.StatusFilter;

/** The learners of a course: a lazy, sortable, filterable table with CSV export, and enrolling by e-mail or firm. */
class LearnersPanel extends Div {

    private final Enrolments enrolments;
    private final CourseOutline course;
    private final Grid<LearnerRow> grid = new Grid<>();
    private final ComboBox<String> organization = new ComboBox<>();
    private final Select<StatusFilter> status = new Select<>();

    LearnersPanel(Enrolments enrolments, CourseOutline course) {
        this.enrolments = enrolments;
        this.course = course;
        organization.setId("learners-organization");
        organization.setLabel(getTranslation("trainer.organization"));
        organization.setItems(enrolments.learnerOrganizations(course.key()));
        organization.setClearButtonVisible(true);
        organization.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.setId("learners-status");
        status.setLabel(getTranslation("trainer.status"));
        status.setItems(StatusFilter.values());
        status.setItemLabelGenerator(s -> getTranslation("trainer.status." + s.name()));
        status.setValue(StatusFilter.ALL);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = enrolments.learnersCsv(course.key(), filter()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), course.key() + "-learners.csv", "text/csv", bytes.length);
        }), getTranslation("trainer.export-csv"));
        csv.setId("learners-csv");
        FlexLayout filters = new FlexLayout(organization, status, csv);
        filters.addClassName("catalog-filters");
        filters.setAlignItems(FlexLayout.Alignment.END);

        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.setId("learners");
        grid.addColumn(row -> ShownName.of(this, row.name())).setHeader(getTranslation("users.name")).setSortProperty("learnerName").setAutoWidth(true);
        grid.addColumn(LearnerRow::email).setHeader(getTranslation("users.email")).setAutoWidth(true);
        grid.addColumn(LearnerRow::organization).setHeader(getTranslation("trainer.organization")).setSortProperty("organization").setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.completedAt() != null ? "trainer.status.COMPLETED"
                : row.status() == EnrolmentStatus.UNENROLLED ? "trainer.status.UNENROLLED"
                : row.lastActivity() == null ? "trainer.status.NOT_STARTED" : "trainer.status.IN_PROGRESS"))
                .setHeader(getTranslation("trainer.status")).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(row -> row.progressPercent() + " %").setHeader(getTranslation("trainer.progress")).setSortProperty("progressPercent").setKey("progress");
        grid.addColumn(row -> row.lastActivity() == null ? "" : time.format(row.lastActivity()))
                .setHeader(getTranslation("trainer.last-activity")).setSortProperty("lastActivityAt").setAutoWidth(true);
        grid.addColumn(LearnerRow::quizAttempts).setHeader(getTranslation("trainer.attempts")).setSortProperty("quizAttempts");
        grid.addColumn(row -> row.bestScore() == null ? "" : Math.round(row.bestScore()) + " %")
                .setHeader(getTranslation("trainer.best-score")).setSortProperty("bestScore");
        grid.setItems(query -> enrolments.learners(course.key(), filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        add(filters, grid, enrolForm());
    }

    private LearnerFilter filter() {
        return new LearnerFilter(organization.getValue() == null ? "" : organization.getValue(),
                status.getValue() == null ? StatusFilter.ALL : status.getValue());
    }

    private Details enrolForm() {
        TextArea emails = new TextArea(getTranslation("trainer.enrol-emails"));
        emails.setId("enrol-emails");
        emails.setWidthFull();
        emails.setHelperText(getTranslation("trainer.enrol-emails-help"));
        Button enrolEmails = new Button(getTranslation("trainer.enrol"), e -> enrol(() -> enrolments.enrolByEmails(course.key(), emails.getValue())));
        enrolEmails.setId("enrol-emails-submit");
        ComboBox<String> firm = new ComboBox<>(getTranslation("trainer.enrol-organization"));
        firm.setId("enrol-organization");
        firm.setItems(enrolments.organizations());
        Button enrolFirm = new Button(getTranslation("trainer.enrol"), e -> {
            if (firm.getValue() != null) {
                enrol(() -> enrolments.enrolOrganization(course.key(), firm.getValue()));
            }
        });
        enrolFirm.setId("enrol-organization-submit");
        Div form = new Div(emails, enrolEmails, new FlexLayout(firm, enrolFirm));
        Details details = new Details(getTranslation("trainer.enrol-learners"), form);
        details.setId("enrol-learners");
        return details;
    }

    private void enrol(java.util.function.Supplier<EnrolmentResult> action) {
        try {
            EnrolmentResult result = action.get();
            String message = getTranslation("trainer.enrolled", result.enrolled(), result.alreadyEnrolled())
                    + (result.unknown().isEmpty() ? "" : " " + getTranslation("trainer.unknown-emails", String.join(", ", result.unknown())));
            Notification.show(message, 8000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(result.unknown().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
            grid.getDataProvider().refreshAll();
            organization.setItems(enrolments.learnerOrganizations(course.key()));
        } catch (InvalidInput refused) {
            Notification.show(getTranslation(refused.problems().getFirst().messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
