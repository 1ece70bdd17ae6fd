package org.collabacademy.forum.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.forum.Attachments;
import org.collabacademy.forum.Discussions;

/**
 * Writing a post: Markdown with a live preview rendered by the server through the same sanitizer as the post
 * will be, image attachments checked on the server, and a draft kept in the browser so that a reload or a
 * dropped connection does not lose what was written.
 */
class Composer extends Div {

    /**
     * What happens with the text: true when it was sent (the composer empties); false, or an {@link InvalidInput}
     * about the text, keeps it.
     */
    interface Send {
        boolean send(String markdown);
    }

    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private final String draftKey;

    Composer(Discussions discussions, Attachments attachments, String placeKey, String draftKey, String sendLabel, Send send) {
        this.draftKey = storageKey(draftKey);
        addClassName("composer");
        text.setId("composer-text");
        text.setLabel(getTranslation("forum.your-post"));
        text.setHelperText(getTranslation("forum.markdown-help"));
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setMaxLength(20_000);
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(400);
        preview.setId("composer-preview");
        preview.addClassName("composer-preview");
        text.addValueChangeListener(e -> {
            text.setInvalid(false);
            preview.getElement().setProperty("innerHTML", discussions.preview(e.getValue()));
            getElement().executeJs("try { localStorage.setItem($0, $1) } catch (e) {}", this.draftKey, e.getValue());
        });
        Details previewBox = new Details(getTranslation("forum.preview"), preview);
        previewBox.setOpened(true);

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                insert(attachments.upload(placeKey, metadata.fileName(), bytes) + "\n");
            } catch (InvalidInput refused) {
                Problems.notify(this, refused);
            }
        }))));
        upload.setId("composer-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("forum.drop-image")));

        Button sendButton = new Button(sendLabel, e -> {
            try {
                if (!send.send(text.getValue())) {
                    return;
                }
                text.clear();
                preview.removeAll();
                preview.getElement().setProperty("innerHTML", "");
                getElement().executeJs("try { localStorage.removeItem($0) } catch (e) {}", this.draftKey);
            } catch (InvalidInput refused) {
                Problems.show(text, this, refused);
            }
        });
        sendButton.setId("composer-send");
        sendButton.addThemeVariants(ButtonVariant.PRIMARY);
        sendButton.setDisableOnClick(true);
        sendButton.addClickListener(e -> sendButton.setEnabled(true));
        Paragraph mentions = new Paragraph(getTranslation("forum.mention-help"));
        mentions.addClassName("composer-hint");
        add(text, previewBox, new HorizontalLayout(upload), mentions, sendButton);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // a draft left by a reload or a lost connection comes back
        getElement().executeJs("try { return localStorage.getItem($0) } catch (e) { return null }", draftKey).then(String.class, draft -> {
            if (draft != null && !draft.isBlank() && text.getValue().isBlank()) {
                text.setValue(draft);
            }
        });
    }

    /** Where the browser keeps the draft of the composer with this key. */
    static String storageKey(String draftKey) {
        return "collabacademy-draft-" + draftKey;
    }

    void focus() {
        text.focus();
    }

    /** Adds Markdown at the end (a quote, an image) and puts the cursor there. */
    void insert(String markdown) {
        String current = text.getValue();
        text.setValue(current.isBlank() ? markdown : current.stripTrailing() + "\n\n" + markdown);
        text.focus();
    }

    /** Scrolls the composer into view (after "quote"). */
    void reveal() {
        getElement().callJsFunction("scrollIntoView");
    }
}
