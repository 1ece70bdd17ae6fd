package org.collabacademy.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.collabacademy.authoring.Authoring;
import org.collabacademy.authoring.AuthoringViews.Change;
import org.collabacademy.authoring.AuthoringViews.DiffLine;
import org.collabacademy.authoring.AuthoringViews.FileChange;
import org.collabacademy.course.ContentVersion;
import org.collabacademy.course.Publication;

/** The published versions: who, when, why; compare any two (or one with the draft) and roll back. */
class VersionsPanel extends Div {

    private final Authoring authoring;
    private final String courseKey;

    VersionsPanel(Authoring authoring, String courseKey, Runnable changed) {
        this.authoring = authoring;
        this.courseKey = courseKey;
        List<ContentVersion> versions = authoring.versions(courseKey);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        Grid<ContentVersion> grid = new Grid<>();
        grid.setId("versions-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(ContentVersion::version).setHeader(getTranslation("authoring.version")).setAutoWidth(true);
        grid.addColumn(v -> time.format(v.publishedAt())).setHeader(getTranslation("authoring.published-at")).setAutoWidth(true);
        grid.addColumn(ContentVersion::publishedBy).setHeader(getTranslation("authoring.published-by")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation(v.inApp() ? "authoring.source-app" : "authoring.source-files")).setHeader(getTranslation("authoring.source"));
        grid.addColumn(ContentVersion::note).setHeader(getTranslation("authoring.note")).setFlexGrow(2);
        grid.addComponentColumn(v -> {
            Button compare = new Button(getTranslation("authoring.compare-draft"), e -> compare(v.version(), 0));
            compare.setId("compare-" + v.version());
            compare.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            Button rollback = new Button(getTranslation("authoring.rollback"), e -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("authoring.rollback"), getTranslation("authoring.rollback-confirm", v.version()),
                        getTranslation("authoring.rollback"), ok -> {
                            Publication publication = authoring.rollback(courseKey, v.version(), getTranslation("authoring.rollback-note", v.version()));
                            if (publication.published()) {
                                Messages.done(getTranslation("authoring.published-as", publication.version()));
                            } else {
                                Messages.done(String.join("\n", publication.problems().stream().map(Object::toString).toList()));
                            }
                            changed.run();
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.setId("rollback-confirm");
                confirm.open();
            });
            rollback.setId("rollback-" + v.version());
            rollback.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            rollback.setEnabled(v != versions.getFirst());
            return new FlexLayout(compare, rollback);
        }).setKey("actions").setAutoWidth(true);
        grid.setItems(versions);
        add(grid);
    }

    /** Lists the files that differ between two versions (0 = the draft) and shows one file's lines side by side with the other. */
    void compare(int from, int to) {
        Dialog dialog = new Dialog();
        dialog.setId("compare-dialog");
        dialog.setWidth("min(64rem, 95vw)");
        dialog.setHeaderTitle(getTranslation("authoring.comparing", from, to == 0 ? getTranslation("authoring.draft") : String.valueOf(to)));
        Select<Integer> against = new Select<>();
        against.setLabel(getTranslation("authoring.compare-with"));
        against.setId("compare-with");
        List<Integer> others = new ArrayList<>(List.of(0));
        authoring.versions(courseKey).stream().map(ContentVersion::version).filter(v -> v != from).forEach(others::add);
        against.setItems(others);
        against.setItemLabelGenerator(v -> v == 0 ? getTranslation("authoring.draft") : getTranslation("authoring.version-number", v));
        against.setValue(to);
        against.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                dialog.close();
                compare(from, e.getValue());
            }
        });
        dialog.add(against);
        List<FileChange> changes = authoring.changes(courseKey, from, to);
        dialog.add(AuthoringView.changeList(this, changes));
        Select<String> file = new Select<>();
        file.setLabel(getTranslation("authoring.file"));
        file.setId("compare-file");
        List<String> texts = new ArrayList<>(changes.stream().map(FileChange::path)
                .filter(p -> p.endsWith(".md") || p.endsWith(".yaml") || p.endsWith(".gift")).toList());
        file.setItems(texts);
        Div lines = new Div();
        lines.setId("diff-lines");
        lines.addClassName("diff");
        file.addValueChangeListener(e -> {
            lines.removeAll();
            for (DiffLine line : authoring.compare(courseKey, e.getValue(), from, to)) {
                Pre text = new Pre((line.change() == Change.ADDED ? "+ " : line.change() == Change.REMOVED ? "- " : "  ") + line.text());
                text.addClassName("diff-" + line.change().name().toLowerCase(Locale.ROOT));
                text.getStyle().set("margin", "0");
                if (line.change() == Change.ADDED) {
                    text.getStyle().set("background", "var(--lumo-success-color-10pct)");
                } else if (line.change() == Change.REMOVED) {
                    text.getStyle().set("background", "var(--lumo-error-color-10pct)");
                }
                lines.add(text);
            }
        });
        if (!texts.isEmpty()) {
            file.setValue(texts.getFirst());
        }
        dialog.add(file, lines);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

}
