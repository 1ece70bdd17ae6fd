package org.collabacademy.forum.ui;

import org.collabacademy.base.ui.CompactHtml;
import org.collabacademy.base.ui.ShownName;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.forum.Discussions;
import org.collabacademy.forum.ForumViews.PostLine;
import org.collabacademy.forum.ForumViews.ThreadOverview;
import org.collabacademy.forum.Moderation;
import org.collabacademy.forum.Reaction;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * One post with what the reader may do with it: react, quote, flag; edit and delete; choose the answer; moderate.
 * <p>
 * The post is a single element whose content is HTML, not a tree of components: a thread shows twenty posts,
 * and as components (header, body, six buttons with icons) each cost the session about 26 state nodes, 30 KB
 * of server memory. The buttons are plain {@code vaadin-button}s in that HTML; the thread view has one click
 * listener for all of them ({@link #ACTION}), and {@link #act} runs an action only if it is one this reader is
 * offered now, so a forged click can do no more than the buttons shown. The services check every right again.
 */
class PostCard extends Article {

    /** Event data of the thread's one click listener: the action a button names ({@code data-action}). */
    static final String ACTION = "event.target.closest('[data-action]')?.dataset.action";
    /** Only clicks on such a button reach the server. */
    static final String ON_A_BUTTON = "event.target.closest('[data-action]') != null";
    /** Event data: the id of the post the button is in ({@code post-n}). */
    static final String POST = "event.target.closest('article.post')?.id";

    /** Where "quote" puts the quoted Markdown: the thread's composer, opened if it is not yet. */
    interface Quoting {
        void quote(String markdown);
    }

    /** What the thread view does after a change to this post. */
    interface Changed {
        void reload(@Nullable PostCard card);
    }

    /** A button: its visible text, and for an icon button the label that a screen reader and a tooltip give. */
    private record Action(String name, String text, @Nullable VaadinIcon icon, @Nullable String label, @Nullable Boolean pressed,
                          boolean enabled, Runnable run) {
    }

    private final int number;
    private final ThreadOverview thread;
    private final Discussions discussions;
    private final Moderation moderation;
    private final @Nullable Quoting quoting;
    private final Changed changed;

    PostCard(PostLine post, ThreadOverview thread, Discussions discussions, Moderation moderation, @Nullable Quoting quoting,
             Changed changed) {
        this.number = post.number();
        this.thread = thread;
        this.discussions = discussions;
        this.moderation = moderation;
        this.quoting = quoting;
        this.changed = changed;
        addClassName("post");
        setId("post-" + post.number());
        if (post.answer()) {
            addClassName("post-answer");
        }
        getElement().setProperty("innerHTML", CompactHtml.of(html(post)));
    }

    int number() {
        return number;
    }

    /**
     * Runs the action a button of this post names, if this reader is offered it now. The post is read again:
     * the card keeps only its number (its text is in the page), and rights such as the edit window may have ended.
     */
    void act(String name) {
        List<PostLine> fresh = discussions.posts(thread.id(), number, number);
        if (fresh.isEmpty()) {
            return;
        }
        actions(fresh.getFirst()).stream().filter(a -> a.name().equals(name) && a.enabled()).findFirst().ifPresent(action -> {
            try {
                action.run().run();
            } catch (InvalidInput refused) {
                Problems.notify(this, refused);
            }
        });
    }

    private String html(PostLine post) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        StringBuilder html = new StringBuilder("<div class=\"post-header\">");
        html.append("<span class=\"post-author\">").append(escape(ShownName.of(this, post.authorName()))).append("</span>");
        html.append("<span class=\"post-handle\">").append(post.authorHandle().isEmpty() ? "" : "@" + escape(post.authorHandle())).append("</span>");
        html.append("<span class=\"post-date\">#").append(post.number()).append(" · ").append(escape(when.format(post.createdAt())))
                .append(post.editedAt() != null ? " · " + escape(getTranslation("forum.edited")) : "").append("</span>");
        if (post.answer()) {
            html.append("<span class=\"answer-badge\">").append(icon(VaadinIcon.CHECK_CIRCLE, false)).append("<span>")
                    .append(escape(getTranslation("forum.answer"))).append("</span></span>");
        }
        html.append("</div>");
        String bodyStart = "<div class=\"post-body%s\" id=\"post-body-" + post.number() + "\">";
        if (post.deleted()) {
            return html.append(bodyStart.formatted(" post-gone")).append(escape(getTranslation("forum.post-deleted"))).append("</div>").toString();
        }
        if (post.hidden() && post.html().isEmpty()) {
            html.append(bodyStart.formatted(" post-gone")).append(escape(getTranslation("forum.post-hidden"))).append("</div>");
        } else {
            if (post.hidden()) {
                html.append("<p class=\"post-hidden-note\">").append(escape(getTranslation("forum.post-hidden-moderator"))).append("</p>");
            }
            html.append(bodyStart.formatted("")).append(post.html()).append("</div>"); // sanitized when it was written
        }
        html.append("<div class=\"post-actions\">");
        for (Action action : actions(post)) {
            html.append("<vaadin-button theme=\"tertiary small\" id=\"").append(action.name()).append('-').append(post.number())
                    .append("\" data-action=\"").append(action.name()).append('"');
            if (action.label() != null) {
                html.append(" aria-label=\"").append(escape(action.label())).append("\" title=\"").append(escape(action.label())).append('"');
            }
            if (action.pressed() != null) {
                html.append(" aria-pressed=\"").append(action.pressed()).append('"');
            }
            if (!action.enabled()) {
                html.append(" disabled");
            }
            html.append('>');
            if (action.icon() != null) {
                html.append(icon(action.icon(), true));
            }
            html.append(escape(action.text()));
            html.append("</vaadin-button>");
        }
        return html.append("</div>").toString();
    }

    /** What this reader may do with this post now, in the order the buttons show. */
    private List<Action> actions(PostLine post) {
        List<Action> actions = new ArrayList<>();
        if (post.deleted()) {
            return actions;
        }
        for (Reaction reaction : Reaction.values()) {
            int count = post.reactions().getOrDefault(reaction, 0);
            String label = getTranslation("forum.reaction." + reaction.name());
            actions.add(new Action("react-" + reaction.name().toLowerCase(), count > 0 ? String.valueOf(count) : "", VaadinIcon.valueOf(reaction.icon()),
                    label + (count > 0 ? " (" + count + ")" : ""), post.mine().contains(reaction), !post.hidden(), () -> {
                        discussions.react(post.id(), reaction);
                        changed.reload(this);
                    }));
        }
        if (quoting != null && !post.hidden()) {
            actions.add(button("quote", "forum.quote", () -> quoting.quote(discussions.quote(post.id()))));
        }
        if (thread.question() && post.number() > 1 && (thread.isAuthor() || thread.canModerate())) {
            actions.add(button("answer", post.answer() ? "forum.unmark-answer" : "forum.mark-answer", () -> {
                discussions.markAnswer(post.id());
                changed.reload(null);
            }));
        }
        if (post.canEdit()) {
            actions.add(button("edit", "forum.edit", () -> edit(post)));
        }
        if (post.canDelete()) {
            actions.add(button("delete", "forum.delete", () -> {
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
            actions.add(button("history", "forum.history", () -> history(post)));
        }
        if (!post.hidden() && !post.own() && post.authorId() != null) {
            actions.add(button("flag", "forum.flag", () -> flag(post)));
        }
        if (thread.canModerate()) {
            if (post.hidden()) {
                actions.add(button("restore", "forum.restore", () -> ReasonDialog.ask(this, getTranslation("forum.restore"), reason -> {
                    moderation.restore(post.id(), reason);
                    changed.reload(this);
                })));
            } else {
                actions.add(button("hide", "forum.hide", () -> ReasonDialog.ask(this, getTranslation("forum.hide"), reason -> {
                    moderation.hide(post.id(), reason);
                    changed.reload(this);
                })));
            }
        }
        return actions;
    }

    private Action button(String name, String label, Runnable run) {
        return new Action(name, getTranslation(label), null, null, null, true, run);
    }

    private static String icon(VaadinIcon icon, boolean prefix) {
        return "<vaadin-icon icon=\"vaadin:" + icon.name().toLowerCase().replace('_', '-') + "\"" + (prefix ? " slot=\"prefix\"" : "")
                + "></vaadin-icon>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    private void edit(PostLine post) {
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

    private void flag(PostLine post) {
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

    private void history(PostLine post) {
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
