package org.collabacademy.authoring.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.collabacademy.authoring.Authoring;
import org.collabacademy.authoring.AuthoringViews.DraftText;
import org.collabacademy.authoring.AuthoringViews.LinkTarget;
import org.collabacademy.authoring.AuthoringViews.Outline;
import org.collabacademy.authoring.AuthoringViews.PageOutline;
import org.collabacademy.authoring.AuthoringViews.Preview;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Edits one draft file. A page gets a live preview rendered and sanitized exactly as the reader will
 * show it; a translation is written beside the original; a quiz or manifest shows the importer's
 * problems instead. The text is saved as the trainer types (after a pause); a colleague's newer save
 * is never overwritten: the trainer is told, and their own text stays in the editor.
 */
@Route("authoring/:course/edit")
@RolesAllowed({"TRAINER", "ADMIN"})
class PageEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Authoring authoring;
    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private final Div problems = new Div();
    private final Span saveState = new Span();
    private String courseKey = "";
    private String file = "";
    private Language language = Language.ENGLISH;
    private int revision;

    PageEditorView(Authoring authoring) {
        this.authoring = authoring;
        addClassNames("wide-page", "page-editor");
    }

    /** The editor's address for a page in a language (its translation file when not the default). */
    static String path(String courseKey, String pagePath, Language language) {
        return "authoring/" + courseKey + "/edit?file=" + CourseEditorView.encode(pagePath) + "&lang=" + language.tag();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseKey = event.getRouteParameters().get("course").orElseThrow(NotFoundException::new);
        QueryParameters query = event.getLocation().getQueryParameters();
        String page = query.getSingleParameter("file").orElseThrow(NotFoundException::new);
        language = query.getSingleParameter("lang").flatMap(Language::ofTag).orElse(Language.ENGLISH);
        try {
            render(page);
        } catch (AuthorizationDeniedException | InvalidInput notYours) {
            throw new NotFoundException();
        }
    }

    private void render(String page) {
        removeAll();
        Outline outline = authoring.outline(courseKey, language);
        Language defaultLanguage = outline.defaultLanguage();
        boolean isPage = page.endsWith(".md");
        PageOutline pageOutline = new PageOutline("", page, "", true, java.util.Set.of());
        file = isPage ? pageOutline.pathIn(language, defaultLanguage) : page;
        DraftText draft = authoring.open(courseKey, file);
        revision = draft.revision();
        Anchor back = new Anchor("authoring/" + courseKey, getTranslation("authoring.back-to-course"));
        back.getElement().setAttribute("router-link", true);
        back.setId("back-to-course");
        H1 heading = new H1(getTranslation("authoring.editing-file", file));
        heading.setId("editor-heading");
        add(back, heading);
        if (!draft.othersEditing().isEmpty()) {
            Paragraph warning = new Paragraph(getTranslation("authoring.others-editing", String.join(", ", draft.othersEditing())));
            warning.setId("others-editing");
            warning.addClassName("translation-notice");
            add(warning);
        }
        text.setId("editor-text");
        text.setLabel(getTranslation(isPage ? "authoring.markdown" : "authoring.source"));
        text.setValue(draft.text());
        text.setWidthFull();
        text.setMinHeight("28em");
        text.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(800);
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save();
            }
        });
        saveState.setId("save-state");
        saveState.getElement().setAttribute("aria-live", "polite");
        preview.setId("editor-preview");
        preview.addClassName("reader-article");
        problems.setId("editor-problems");
        FlexLayout tools = new FlexLayout();
        tools.addClassName("catalog-filters");
        tools.setAlignItems(FlexLayout.Alignment.END);
        if (isPage) {
            tools.add(linkPicker(outline, page), imageUpload(page));
        }
        Div editorColumn = new Div(tools, text, saveState);
        editorColumn.addClassName("editor-column");
        FlexLayout columns = new FlexLayout();
        columns.setWidthFull();
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        if (isPage && language != defaultLanguage) {
            columns.add(original(page, draft.text().isEmpty()));
        }
        columns.add(editorColumn);
        Div previewColumn = new Div(new H2(getTranslation(isPage ? "authoring.preview" : "authoring.problems-title")), problems, preview);
        previewColumn.addClassName("editor-column");
        columns.add(previewColumn);
        columns.getChildren().forEach(c -> ((com.vaadin.flow.component.HasStyle) c).getStyle().set("flex", "1 1 24rem").set("min-width", "0"));
        // the preview stays in view while the trainer scrolls through a long text
        previewColumn.getStyle().set("position", "sticky").set("top", "var(--lumo-space-m)").set("align-self", "flex-start")
                .set("max-height", "calc(100vh - 6rem)").set("overflow", "auto");
        add(columns);
        showSaved(draft);
        refreshPreview();
    }

    /** The default-language text beside a translation, and a way to start the translation from it. */
    private Div original(String page, boolean translationEmpty) {
        DraftText original = authoring.open(courseKey, page);
        authoring.close(courseKey, page);
        TextArea source = new TextArea(getTranslation("authoring.original"));
        source.setValue(original.text());
        source.setReadOnly(true);
        source.setWidthFull();
        source.setMinHeight("28em");
        source.setId("original-text");
        Div column = new Div(source);
        column.addClassName("editor-column");
        if (translationEmpty) {
            Button start = new Button(getTranslation("authoring.start-from-original"), e -> {
                text.setValue(original.text());
                save();
            });
            start.setId("start-from-original");
            column.add(start);
        }
        return column;
    }

    private Select<LinkTarget> linkPicker(Outline outline, String page) {
        Select<LinkTarget> links = new Select<>();
        links.setLabel(getTranslation("authoring.insert-link"));
        links.setId("insert-link");
        String module = page.substring(0, page.lastIndexOf('/'));
        links.setItems(outline.linkTargets(module));
        links.setItemLabelGenerator(LinkTarget::title);
        links.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                String title = e.getValue().title();
                insert("[" + title.substring(title.indexOf('›') + 1).strip() + "](" + e.getValue().link() + ")");
                links.clear();
            }
        });
        return links;
    }

    private Upload imageUpload(String page) {
        String module = page.substring(0, page.lastIndexOf('/'));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                insert(authoring.upload(courseKey, module, metadata.fileName(), bytes));
            } catch (InvalidInput refused) {
                Messages.notify(this, refused);
            }
        }))));
        upload.setId("image-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp");
        upload.setDropLabel(new Span(getTranslation("authoring.drop-image")));
        return upload;
    }

    /** Adds Markdown at the end of the text (the server cannot see the caret) and saves. */
    void insert(String markdown) {
        String current = text.getValue();
        text.setValue(current + (current.isEmpty() || current.endsWith("\n") ? "" : "\n") + "\n" + markdown + "\n");
        save();
    }

    void save() {
        try {
            DraftText saved = authoring.save(courseKey, file, text.getValue(), revision);
            revision = saved.revision();
            showSaved(saved);
            text.setInvalid(false);
        } catch (InvalidInput refused) {
            text.setErrorMessage(Messages.of(this, refused.problems().getFirst()));
            text.setInvalid(true);
            saveState.setText(getTranslation("authoring.not-saved"));
            if (refused.problems().getFirst().messageKey().equals("authoring.conflict")) {
                offerTheirs();
            }
        }
        refreshPreview();
    }

    /** After a conflict: the trainer's text stays; they may take the colleague's text instead. */
    private void offerTheirs() {
        Button theirs = new Button(getTranslation("authoring.load-theirs"), e -> {
            DraftText current = authoring.open(courseKey, file);
            revision = current.revision();
            text.setValue(current.text());
            text.setInvalid(false);
            showSaved(current);
            refreshPreview();
            e.getSource().removeFromParent();
        });
        theirs.setId("load-theirs");
        theirs.addThemeVariants(ButtonVariant.ERROR);
        saveState.getParent().ifPresent(p -> ((Div) p).add(theirs));
    }

    private void showSaved(DraftText draft) {
        if (draft.revision() == 0) {
            saveState.setText(getTranslation("authoring.new-file"));
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        saveState.setText(getTranslation("authoring.saved-at", draft.updatedBy(), time.format(draft.updatedAt())));
    }

    private void refreshPreview() {
        problems.removeAll();
        if (file.endsWith(".md")) {
            Preview rendered = authoring.preview(courseKey, file, text.getValue(), language);
            problems.add(Messages.problems(this, "preview-problems", rendered.problems()));
            // the title is text, the body was sanitized by the renderer
            preview.getElement().setProperty("innerHTML",
                    (rendered.title().isEmpty() ? "" : "<h1>" + org.jsoup.nodes.Entities.escape(rendered.title()) + "</h1>") + rendered.html());
        } else {
            var found = authoring.check(courseKey, file, text.getValue());
            problems.add(found.isEmpty() ? new Paragraph(getTranslation("authoring.no-problems")) : Messages.problems(this, "preview-problems", found));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (!file.isEmpty()) {
            authoring.close(courseKey, file);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.editing-file", file);
    }
}
