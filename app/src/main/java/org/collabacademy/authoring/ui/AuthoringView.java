package org.collabacademy.authoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.collabacademy.authoring.Authoring;
import org.collabacademy.authoring.AuthoringViews.AuthoredCourse;
import org.collabacademy.authoring.AuthoringViews.FileChange;
import org.collabacademy.authoring.AuthoringViews.ImportPreview;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;

/** The courses a trainer edits in the app: open one, start a new one, or bring one as a zip. */
@Route("authoring")
@Menu(title = "nav.authoring", order = 61, icon = "vaadin:edit")
@RolesAllowed({"TRAINER", "ADMIN"})
class AuthoringView extends Main implements HasDynamicTitle {

    private final Authoring authoring;
    private final Grid<AuthoredCourse> grid = new Grid<>();

    AuthoringView(Authoring authoring) {
        this.authoring = authoring;
        addClassNames("wide-page");
        add(new H1(getTranslation("authoring.title")), new Paragraph(getTranslation("authoring.intro")));
        grid.setId("authored-courses");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(c -> {
            Anchor link = new Anchor("authoring/" + c.key(), c.title());
            link.getElement().setAttribute("router-link", true);
            link.setId("edit-" + c.key());
            return link;
        }).setHeader(getTranslation("authoring.course")).setFlexGrow(3);
        grid.addColumn(c -> c.version() == 0 ? getTranslation("authoring.never-published") : String.valueOf(c.version()))
                .setHeader(getTranslation("authoring.version")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("authoring.state")).setKey("state").setAutoWidth(true);
        add(grid, newCourse(), importZip());
        refresh();
    }

    private Span state(AuthoredCourse course) {
        Span state = new Span();
        if (course.filesWaiting()) {
            state.setText(getTranslation("authoring.files-waiting"));
            state.getElement().getThemeList().add("badge contrast");
        } else if (course.unpublishedChanges()) {
            state.setText(getTranslation("authoring.unpublished"));
            state.getElement().getThemeList().add("badge");
        } else {
            state.setText(getTranslation("authoring.published"));
            state.getElement().getThemeList().add("badge success");
        }
        state.setId("state-" + course.key());
        return state;
    }

    private void refresh() {
        grid.setItems(authoring.myCourses(language()));
    }

    private Div newCourse() {
        TextField id = new TextField(getTranslation("authoring.course-id"));
        id.setId("new-course-id");
        id.setHelperText(getTranslation("authoring.id-help"));
        TextField title = new TextField(getTranslation("authoring.course-title"));
        title.setId("new-course-title");
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("authoring.default-language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(language());
        language.setId("new-course-language");
        Button create = new Button(getTranslation("authoring.create"), e -> {
            try {
                String key = authoring.create(id.getValue(), title.getValue(), language.getValue(),
                        getTranslation("authoring.first-module"), getTranslation("authoring.first-page"));
                UI.getCurrent().navigate("authoring/" + key);
            } catch (InvalidInput refused) {
                Messages.show(this, refused, Map.of("id", id, "title", title));
            }
        });
        create.setId("create-course");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout form = new FlexLayout(id, title, language, create);
        form.addClassName("catalog-filters");
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        return new Div(new H2(getTranslation("authoring.new-course")), form);
    }

    private Div importZip() {
        Div box = new Div(new H2(getTranslation("authoring.import")), new Paragraph(getTranslation("authoring.import-help")));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                showImport(authoring.previewImport(metadata.fileName(), bytes))))));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(50 * 1024 * 1024);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        box.add(upload);
        return box;
    }

    /** Shows what the zip would change and asks before anything is taken. */
    void showImport(ImportPreview preview) {
        if (!preview.acceptable()) {
            ConfirmDialog refused = new ConfirmDialog();
            refused.setHeader(getTranslation("authoring.import-refused"));
            refused.add(Messages.problems(this, "import-problems", preview.problems()));
            refused.setConfirmText(getTranslation("action.close"));
            refused.setId("import-refused");
            refused.open();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("import-confirm");
        confirm.setHeader(getTranslation(preview.newCourse() ? "authoring.import-new" : "authoring.import-existing", preview.courseKey()));
        confirm.add(changeList(this, preview.changes()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("authoring.import-confirm"));
        confirm.addConfirmListener(e -> {
            try {
                String key = authoring.confirmImport(preview.token());
                UI.getCurrent().navigate("authoring/" + key);
            } catch (InvalidInput expired) {
                Messages.notify(this, expired);
            }
        });
        confirm.open();
    }

    /** A summary of changes, one line per file: added, changed (+lines −lines) or removed. */
    static Div changeList(com.vaadin.flow.component.Component where, java.util.List<FileChange> changes) {
        Div list = new Div();
        list.setId("change-list");
        if (changes.isEmpty()) {
            list.add(new Paragraph(where.getTranslation("authoring.no-changes")));
        }
        for (FileChange change : changes) {
            Paragraph line = new Paragraph(where.getTranslation("authoring.change." + change.change().name(), change.path(), change.added(), change.removed()));
            line.addClassName("change-" + change.change().name().toLowerCase(java.util.Locale.ROOT));
            list.add(line);
        }
        return list;
    }

    private Language language() {
        return Language.of(getLocale()).orElse(Language.ENGLISH);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.title");
    }
}
