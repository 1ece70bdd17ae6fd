package org.collabacademy.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import org.collabacademy.authoring.Authoring;
import org.collabacademy.authoring.AuthoringViews.ModuleOutline;
import org.collabacademy.authoring.AuthoringViews.ModuleSettings;
import org.collabacademy.authoring.AuthoringViews.Outline;
import org.collabacademy.authoring.AuthoringViews.PageOutline;
import org.collabacademy.authoring.AuthoringViews.QuizFile;
import org.collabacademy.authoring.CourseAuthors;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.course.Publication;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * One course's draft: its modules and pages (add, move, remove), settings, translations, publishing,
 * versions and co-authors. Every change is saved at once into the draft; learners see it after publishing.
 */
@Route("authoring/:course")
@RolesAllowed({"TRAINER", "ADMIN"})
class CourseEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Authoring authoring;
    private final CourseAuthors authors;
    private String courseKey = "";
    private String title = "";
    private Outline outline;

    CourseEditorView(Authoring authoring, CourseAuthors authors) {
        this.authoring = authoring;
        this.authors = authors;
        addClassNames("wide-page", "course-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseKey = event.getRouteParameters().get("course").orElseThrow(NotFoundException::new);
        try {
            render();
        } catch (AuthorizationDeniedException | InvalidInput notYours) {
            throw new NotFoundException();
        }
    }

    void render() {
        removeAll();
        outline = authoring.outline(courseKey, language());
        title = outline.settings().titles().getOrDefault(language(), outline.settings().titles().getOrDefault(outline.defaultLanguage(), courseKey));
        H1 heading = new H1(title);
        heading.setId("course-title");
        add(heading, status(), actions(), Messages.problems(this, "draft-problems", outline.problems()));
        if (outline.filesWaiting()) {
            add(filesWaiting());
        }
        Section content = new Section(new H2(getTranslation("authoring.content")));
        content.setId("modules");
        outline.modules().forEach(module -> content.add(module(module)));
        content.add(addModule());
        add(content);
        add(details("authoring.course-settings", new CourseSettingsForm(authoring, courseKey, outline, this::render), "course-settings"));
        add(details("authoring.translations", TranslationsTable.of(this, outline), "translations"));
        add(details("authoring.versions", new VersionsPanel(authoring, courseKey, this::render), "versions"));
        add(details("authoring.authors", new AuthorsPanel(authors, courseKey), "authors"));
    }

    private Paragraph status() {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        String state = outline.unpublishedChanges() ? getTranslation("authoring.unpublished") : getTranslation("authoring.published");
        Paragraph status = new Paragraph(state + " · " + (outline.basedOn() == 0 ? getTranslation("authoring.never-published")
                : getTranslation("authoring.based-on", outline.basedOn())) + " · "
                + getTranslation("authoring.last-change", outline.updatedBy(), time.format(outline.updatedAt())));
        status.setId("draft-status");
        return status;
    }

    private FlexLayout actions() {
        Button publish = new Button(getTranslation("authoring.publish"), e -> publishDialog());
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.setEnabled(outline.unpublishedChanges());
        Button discard = new Button(getTranslation("authoring.discard"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("authoring.discard"), getTranslation("authoring.discard-confirm"),
                    getTranslation("authoring.discard"), ok -> {
                        authoring.discardChanges(courseKey);
                        render();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.setId("discard-confirm");
            confirm.open();
        });
        discard.setId("discard");
        discard.setEnabled(outline.unpublishedChanges() && outline.basedOn() > 0);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = authoring.export(courseKey);
            return new DownloadResponse(new ByteArrayInputStream(zip), courseKey + ".zip", "application/zip", zip.length);
        }), getTranslation("authoring.export"));
        export.setId("export");
        Anchor back = new Anchor("authoring", getTranslation("authoring.all-courses"));
        back.getElement().setAttribute("router-link", true);
        FlexLayout actions = new FlexLayout(publish, discard, export, back);
        actions.addClassName("catalog-filters");
        actions.setAlignItems(FlexLayout.Alignment.CENTER);
        return actions;
    }

    /** Asks for a short note, publishes, and shows the importer's problems when publishing is refused. */
    void publishDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("publish-dialog");
        dialog.setHeaderTitle(getTranslation("authoring.publish"));
        TextField note = new TextField(getTranslation("authoring.note"));
        note.setId("publish-note");
        note.setMaxLength(500);
        note.setWidthFull();
        Div problems = new Div();
        Button confirm = new Button(getTranslation("authoring.publish"), e -> {
            Publication publication = authoring.publish(courseKey, note.getValue());
            if (publication.published()) {
                dialog.close();
                Messages.done(getTranslation("authoring.published-as", publication.version()));
                render();
            } else {
                problems.removeAll();
                problems.add(Messages.problems(this, "publish-problems", publication.problems()));
            }
        });
        confirm.setId("publish-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(note, problems);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private Section filesWaiting() {
        Section waiting = new Section(new H2(getTranslation("authoring.files-waiting")), new Paragraph(getTranslation("authoring.files-waiting-help")),
                AuthoringView.changeList(this, authoring.folderChanges(courseKey)));
        waiting.setId("files-waiting");
        Button accept = new Button(getTranslation("authoring.accept-files"), e -> {
            Publication publication = authoring.acceptFolder(courseKey);
            if (publication.published()) {
                Messages.done(getTranslation("authoring.published-as", publication.version()));
            }
            render();
        });
        accept.setId("accept-files");
        waiting.add(accept);
        return waiting;
    }

    private Section module(ModuleOutline module) {
        Section box = new Section();
        box.addClassName("module-card");
        box.setId("module-" + module.id());
        H2 heading = new H2(module.title());
        FlexLayout tools = new FlexLayout(
                small("authoring.up", "module-up-" + module.id(), () -> authoring.moveModule(courseKey, module.folder(), -1)),
                small("authoring.down", "module-down-" + module.id(), () -> authoring.moveModule(courseKey, module.folder(), 1)),
                new Button(getTranslation("authoring.module-settings"), e -> moduleSettings(module)),
                confirmed("authoring.remove-module", "module-remove-" + module.id(), getTranslation("authoring.remove-module-confirm", module.title()),
                        () -> authoring.removeModule(courseKey, module.folder())));
        tools.addClassName("catalog-filters");
        box.add(heading, tools);
        for (PageOutline page : module.pages()) {
            box.add(pageRow(module, page));
        }
        box.add(addPage(module));
        Div quizzes = new Div();
        for (QuizFile quiz : module.quizzes()) {
            Anchor edit = new Anchor(QuizEditorView.path(courseKey, quiz.path()),
                    getTranslation(quiz.graded() ? "authoring.edit-quiz" : "authoring.edit-self-assessment", quiz.path()));
            edit.getElement().setAttribute("router-link", true);
            edit.setId("quiz-" + quiz.path().replace('/', '-'));
            quizzes.add(new Paragraph(edit));
        }
        if (module.quizzes().stream().noneMatch(QuizFile::graded)) {
            Button addQuiz = new Button(getTranslation("authoring.add-quiz"), e -> run(() -> {
                String path = authoring.addQuiz(courseKey, module.folder(), getTranslation("authoring.quiz-title", module.title()));
                go(QuizEditorView.path(courseKey, path));
            }));
            addQuiz.setId("add-quiz-" + module.id());
            quizzes.add(addQuiz);
        }
        box.add(quizzes);
        return box;
    }

    private FlexLayout pageRow(ModuleOutline module, PageOutline page) {
        Anchor edit = new Anchor(PageEditorView.path(courseKey, page.path(), outline.defaultLanguage()), page.title());
        edit.getElement().setAttribute("router-link", true);
        edit.setId("page-" + module.id() + "-" + page.id());
        Checkbox required = new Checkbox(getTranslation("authoring.required-page"), page.required());
        required.setId("required-" + module.id() + "-" + page.id());
        required.addValueChangeListener(e -> run(() -> authoring.setRequired(courseKey, module.folder(), page.id(), e.getValue())));
        FlexLayout languages = new FlexLayout();
        for (Language language : outline.languages()) {
            Anchor link = new Anchor(PageEditorView.path(courseKey, page.path(), language), language.tag().toUpperCase(java.util.Locale.ROOT));
            link.getElement().setAttribute("router-link", true);
            link.getElement().getThemeList().add(page.languages().contains(language) ? "badge success" : "badge error");
            link.getElement().setAttribute("title", getTranslation(page.languages().contains(language) ? "authoring.translated" : "authoring.not-translated"));
            languages.add(link);
        }
        FlexLayout row = new FlexLayout(edit, required, languages,
                small("authoring.up", "page-up-" + page.id(), () -> authoring.movePage(courseKey, module.folder(), page.id(), -1)),
                small("authoring.down", "page-down-" + page.id(), () -> authoring.movePage(courseKey, module.folder(), page.id(), 1)),
                confirmed("authoring.remove-page", "page-remove-" + page.id(), getTranslation("authoring.remove-page-confirm", page.title()),
                        () -> authoring.removePage(courseKey, module.folder(), page.id())));
        row.addClassName("page-row");
        row.setAlignItems(FlexLayout.Alignment.CENTER);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    private FlexLayout addPage(ModuleOutline module) {
        TextField id = new TextField();
        id.setPlaceholder(getTranslation("authoring.page-id"));
        id.setId("new-page-id-" + module.id());
        TextField pageTitle = new TextField();
        pageTitle.setPlaceholder(getTranslation("authoring.page-title"));
        pageTitle.setId("new-page-title-" + module.id());
        Button add = new Button(getTranslation("authoring.add-page"), e -> {
            try {
                String path = authoring.addPage(courseKey, module.folder(), id.getValue(), pageTitle.getValue());
                go(PageEditorView.path(courseKey, path, outline.defaultLanguage()));
            } catch (InvalidInput refused) {
                Messages.show(this, refused, Map.of("id", id, "title", pageTitle));
            }
        });
        add.setId("add-page-" + module.id());
        FlexLayout form = new FlexLayout(id, pageTitle, add);
        form.addClassName("catalog-filters");
        return form;
    }

    private FlexLayout addModule() {
        TextField id = new TextField();
        id.setPlaceholder(getTranslation("authoring.module-id"));
        id.setId("new-module-id");
        TextField moduleTitle = new TextField();
        moduleTitle.setPlaceholder(getTranslation("authoring.module-title"));
        moduleTitle.setId("new-module-title");
        Button add = new Button(getTranslation("authoring.add-module"), e -> {
            try {
                authoring.addModule(courseKey, id.getValue(), moduleTitle.getValue());
                render();
            } catch (InvalidInput refused) {
                Messages.show(this, refused, Map.of("id", id, "title", moduleTitle));
            }
        });
        add.setId("add-module");
        FlexLayout form = new FlexLayout(id, moduleTitle, add);
        form.addClassName("catalog-filters");
        return form;
    }

    private void moduleSettings(ModuleOutline module) {
        Dialog dialog = new Dialog();
        dialog.setId("module-settings");
        dialog.setHeaderTitle(getTranslation("authoring.module-settings"));
        ModuleSettings settings = module.settings();
        Map<Language, TextField> titles = new EnumMap<>(Language.class);
        Map<Language, TextArea> summaries = new EnumMap<>(Language.class);
        Map<Language, TextArea> objectives = new EnumMap<>(Language.class);
        for (Language language : outline.languages()) {
            TextField t = new TextField(getTranslation("authoring.module-title") + " (" + language.tag() + ")", settings.titles().getOrDefault(language, ""), "");
            t.setId("module-title-" + language.tag());
            TextArea s = new TextArea(getTranslation("authoring.summary") + " (" + language.tag() + ")", settings.summaries().getOrDefault(language, ""), "");
            TextArea o = new TextArea(getTranslation("authoring.objectives") + " (" + language.tag() + ")", settings.objectives().getOrDefault(language, ""), "");
            o.setHelperText(getTranslation("authoring.objectives-help"));
            t.setWidthFull();
            s.setWidthFull();
            o.setWidthFull();
            titles.put(language, t);
            summaries.put(language, s);
            objectives.put(language, o);
            dialog.add(t, s, o);
        }
        IntegerField minutes = new IntegerField(getTranslation("authoring.minutes"));
        minutes.setValue(settings.estimatedMinutes());
        minutes.setId("module-minutes");
        dialog.add(minutes);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                authoring.saveModuleSettings(courseKey, module.folder(), new ModuleSettings(values(titles), values(summaries), values(objectives),
                        minutes.getValue() == null ? 0 : minutes.getValue()));
                dialog.close();
                render();
            } catch (InvalidInput refused) {
                Messages.show(this, refused, Map.of("title", titles.get(outline.defaultLanguage()), "minutes", minutes));
            }
        });
        save.setId("module-settings-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    static Map<Language, String> values(Map<Language, ? extends com.vaadin.flow.component.HasValue<?, String>> fields) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        fields.forEach((language, field) -> values.put(language, field.getValue()));
        return values;
    }

    private Button small(String label, String id, Runnable action) {
        Button button = new Button(getTranslation(label), e -> run(action));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return button;
    }

    private Button confirmed(String label, String id, String question, Runnable action) {
        Button button = new Button(getTranslation(label), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation(label), question, getTranslation(label), ok -> run(action));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.setId("confirm-" + id);
            confirm.open();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        return button;
    }

    private void run(Runnable action) {
        try {
            action.run();
            render();
        } catch (InvalidInput refused) {
            Messages.notify(this, refused);
        }
    }

    private static Details details(String summaryKey, Component content, String id) {
        Details details = new Details();
        details.setSummaryText(content.getTranslation(summaryKey));
        details.add(content);
        details.setId(id);
        return details;
    }

    /** Navigates to an address that may carry a query string (the editors' addresses do). */
    static void go(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query), com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Language language() {
        return Language.of(getLocale()).orElse(Language.ENGLISH);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.editing", title);
    }
}
