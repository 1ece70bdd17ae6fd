package org.collabacademy.forum.ui;

import org.collabacademy.base.ui.ShownName;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.forum.Discussions;
import org.collabacademy.forum.ForumViews.PostLine;
import org.collabacademy.forum.ForumViews.ThreadOverview;
import org.collabacademy.forum.Moderation;
import org.collabacademy.forum.Reaction;
import org.jspecify.annotations.Nullable;

/** One post with what the reader may do with it: react, quote, flag; edit and delete; choose the answer; moderate. */
class PostCard extends Article {

    /** What the thread view does after a change to this post. */
    interface Changed {
        void reload(@Nullable PostCard card);
    }

    private final PostLine post;

    PostCard(PostLine post, ThreadOverview thread, Discussions discussions, Moderation moderation, @Nullable Composer composer,
             Changed changed) {
        this.post = post;
        addClassName("post");
        setId("post-" + post.number());
        if (post.answer()) {
            addClassName("post-answer");
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        Span author = new Span(ShownName.of(this, post.authorName()));
        author.addClassName("post-author");
        Span handle = new Span(post.authorHandle().isEmpty() ? "" : "@" + post.authorHandle());
        handle.addClassName("post-handle");
        Span date = new Span("#" + post.number() + " · " + when.format(post.createdAt())
                + (post.editedAt() != null ? " · " + getTranslation("forum.edited") : ""));
        date.addClassName("post-date");
        Div header = new Div(author, handle, date);
        header.addClassName("post-header");
        add(header);
        if (post.answer()) {
            Span badge = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("forum.answer")));
            badge.addClassName("answer-badge");
            header.add(badge);
        }

        Div body = new Div();
        body.addClassName("post-body");
        body.setId("post-body-" + post.number());
        if (post.deleted()) {
            body.setText(getTranslation("forum.post-deleted"));
            body.addClassName("post-gone");
        } else if (post.hidden() && post.html().isEmpty()) {
            body.setText(getTranslation("forum.post-hidden"));
            body.addClassName("post-gone");
        } else {
            if (post.hidden()) {
                Paragraph note = new Paragraph(getTranslation("forum.post-hidden-moderator"));
                note.addClassName("post-hidden-note");
                add(note);
            }
            body.getElement().setProperty("innerHTML", post.html());
        }
        add(body);
        if (post.deleted()) {
            return;
        }

        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("post-actions");
        actions.setSpacing(false);
        for (Reaction reaction : Reaction.values()) {
            int count = post.reactions().getOrDefault(reaction, 0);
            Button button = new Button(count > 0 ? String.valueOf(count) : "", VaadinIcon.valueOf(reaction.icon()).create(), e -> {
                try {
                    discussions.react(post.id(), reaction);
                    changed.reload(this);
                } catch (InvalidInput refused) {
                    Problems.notify(this, refused);
                }
            });
            button.setId("react-" + reaction.name().toLowerCase() + "-" + post.number());
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            button.setAriaLabel(getTranslation("forum.reaction." + reaction.name()) + (count > 0 ? " (" + count + ")" : ""));
            button.getElement().setAttribute("title", getTranslation("forum.reaction." + reaction.name()));
            button.getElement().setAttribute("aria-pressed", String.valueOf(post.mine().contains(reaction)));
            button.setEnabled(!post.hidden());
            actions.add(button);
        }
        if (composer != null && !post.hidden()) {
            actions.add(small("forum.quote", "quote-" + post.number(), () -> {
                composer.insert(discussions.quote(post.id()));
                composer.reveal();
            }));
        }
        if (thread.question() && post.number() > 1 && (thread.isAuthor() || thread.canModerate())) {
            actions.add(small(post.answer() ? "forum.unmark-answer" : "forum.mark-answer", "answer-" + post.number(), () -> {
                discussions.markAnswer(post.id());
                changed.reload(null);
            }));
        }
        if (post.canEdit()) {
            actions.add(small("forum.edit", "edit-" + post.number(), () -> edit(discussions, changed)));
        }
        if (post.canDelete()) {
            actions.add(small("forum.delete", "delete-" + post.number(), () -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("forum.delete"), getTranslation("forum.delete-text"),
                        getTranslation("forum.delete"), ok -> {
                    discussions.delete(post.id());
                    changed.reload(this);
                });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            }));
        }
        if (post.hasHistory()) {
            actions.add(small("forum.history", "history-" + post.number(), () -> history(discussions)));
        }
        if (!post.hidden() && !post.own() && post.authorId() != null) {
            actions.add(small("forum.flag", "flag-" + post.number(), () -> flag(moderation)));
        }
        if (thread.canModerate()) {
            if (post.hidden()) {
                actions.add(small("forum.restore", "restore-" + post.number(), () -> ReasonDialog.ask(this, getTranslation("forum.restore"), reason -> {
                    moderation.restore(post.id(), reason);
                    changed.reload(this);
                })));
            } else {
                actions.add(small("forum.hide", "hide-" + post.number(), () -> ReasonDialog.ask(this, getTranslation("forum.hide"), reason -> {
                    moderation.hide(post.id(), reason);
                    changed.reload(this);
                })));
            }
        }
        add(actions);
    }

    PostLine post() {
        return post;
    }

    private Button small(String label, String id, Runnable action) {
        Button button = new Button(getTranslation(label), e -> {
            try {
                action.run();
            } catch (InvalidInput refused) {
                Problems.notify(this, refused);
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return button;
    }

    private void edit(Discussions discussions, Changed changed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("forum.edit"));
        dialog.setWidth("min(60rem, 95vw)");
        TextArea text = new TextArea(getTranslation("forum.your-post"), post.markdown(), "");
        text.setId("edit-text");
        text.setWidthFull();
        text.setMinHeight("12em");
        text.setMaxLength(20_000);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                discussions.edit(post.id(), text.getValue());
                dialog.close();
                changed.reload(this);
            } catch (InvalidInput refused) {
                Problems.show(text, this, refused);
            }
        });
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(text);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void flag(Moderation moderation) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("forum.flag"));
        TextArea reason = new TextArea(getTranslation("forum.flag-reason"));
        reason.setId("flag-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        Button send = new Button(getTranslation("forum.flag"), e -> {
            try {
                moderation.flag(post.id(), reason.getValue());
                dialog.close();
                com.vaadin.flow.component.notification.Notification.show(getTranslation("forum.flag-thanks"));
            } catch (InvalidInput refused) {
                Problems.show(reason, this, refused);
            }
        });
        send.setId("flag-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(getTranslation("forum.flag-help")), reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void history(Discussions discussions) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("forum.history"));
        dialog.setWidth("min(60rem, 95vw)");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        Div versions = new Div();
        versions.setId("history");
        discussions.history(post.id()).forEach(revision -> versions.add(
                new Paragraph(getTranslation("forum.history-entry", when.format(revision.editedAt()), revision.editorName())),
                new Pre(revision.markdown())));
        dialog.add(versions);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
