package org.collabacademy.forum.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.forum.Attachments;
import org.collabacademy.forum.Communities;
import org.collabacademy.forum.Discussions;
import org.collabacademy.forum.ForumEvents;
import org.collabacademy.forum.ForumViews.PlaceOverview;
import org.collabacademy.forum.ForumViews.PostLine;
import org.collabacademy.forum.ForumViews.ThreadOverview;
import org.collabacademy.forum.LiveReplies;
import org.collabacademy.forum.Moderation;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * A thread: its posts a stretch at a time (starting at the first unread one, or at {@code ?post=n}), new
 * replies appearing live, and at the end "reply", which opens the composer.
 */
@Route("forum/:place/:thread")
@PermitAll
class ThreadView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int STRETCH = 20;

    private final Discussions discussions;
    private final Moderation moderation;
    private final Communities communities;
    private final Attachments attachments;
    private final LiveReplies live;
    private final Div posts = new Div();
    private final Button earlier = new Button();
    private final Button later = new Button();
    private final Button newReplies = new Button();
    private final Button replyButton = new Button();
    private @Nullable ThreadOverview thread;
    private @Nullable Composer composer;
    private LiveReplies.@Nullable Registration listening;
    private int first;
    private int last;
    private int known;

    ThreadView(Discussions discussions, Moderation moderation, Communities communities, Attachments attachments, LiveReplies live) {
        this.discussions = discussions;
        this.moderation = moderation;
        this.communities = communities;
        this.attachments = attachments;
        this.live = live;
        addClassNames("wide-page", "thread-page");
        posts.setId("posts");
        posts.addClassName("posts");
        // one listener for the buttons of every post (see PostCard: its buttons are HTML, not components)
        posts.getElement().addEventListener("click", e -> {
            String action = e.getEventData().path(PostCard.ACTION).asString("");
            String post = e.getEventData().path(PostCard.POST).asString("");
            posts.getChildren().filter(c -> c instanceof PostCard && c.getId().orElse("").equals(post)).map(PostCard.class::cast)
                    .findFirst().ifPresent(card -> card.act(action));
        }).addEventData(PostCard.ACTION).addEventData(PostCard.POST).setFilter(PostCard.ON_A_BUTTON);
        earlier.setId("earlier-posts");
        earlier.addThemeVariants(ButtonVariant.TERTIARY);
        earlier.addClickListener(e -> showEarlier());
        later.setId("later-posts");
        later.addThemeVariants(ButtonVariant.TERTIARY);
        later.addClickListener(e -> showLater(STRETCH));
        newReplies.setId("new-replies");
        newReplies.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        newReplies.addClickListener(e -> showEnd());
        newReplies.setVisible(false);
        replyButton.setText(getTranslation("forum.reply"));
        replyButton.setId("reply-open");
        replyButton.addThemeVariants(ButtonVariant.PRIMARY);
        replyButton.addClickListener(e -> composer().focus());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long threadId;
        try {
            threadId = Long.parseLong(event.getRouteParameters().get("thread").orElse(""));
            thread = discussions.thread(threadId);
        } catch (NumberFormatException | InvalidInput | AuthorizationDeniedException notThere) {
            throw new NotFoundException();
        }
        if (!thread.place().key().equals(event.getRouteParameters().get("place").orElse(""))) {
            // a moved thread: old links lead to its new place
            event.forwardTo(ThreadView.class, new RouteParameters(java.util.Map.of("place", thread.place().key(), "thread", String.valueOf(threadId))),
                    event.getLocation().getQueryParameters());
            return;
        }
        int target = event.getLocation().getQueryParameters().getSingleParameter("post").map(ThreadView::number).orElse(thread.firstUnread());
        render(Math.max(1, Math.min(target, thread.posts())));
        listen(UI.getCurrent());
    }

    private void listen(UI ui) {
        if (listening != null) {
            listening.remove();
        }
        listening = live.listen(thread().id(), post -> arrived(ui, post));
    }

    private void render(int target) {
        ThreadOverview shown = thread();
        removeAll();
        posts.removeAll();
        composer = null;
        known = shown.posts();
        RouterLink back = new RouterLink(shown.place().title(), PlaceView.class, new RouteParameters("place", shown.place().key()));
        back.setId("thread-place");
        H1 title = new H1(shown.title());
        title.setId("thread-title");
        FlexLayout badges = new FlexLayout();
        badges.addClassName("thread-badges");
        if (shown.question()) {
            badges.add(badge(shown.answerPostId() != null ? "forum.answered" : "forum.question"));
        }
        if (shown.pinned()) {
            badges.add(badge("forum.pinned"));
        }
        if (shown.locked()) {
            badges.add(badge("forum.locked-badge"));
        }
        if (shown.wiki()) {
            badges.add(badge("forum.wiki"));
        }
        if (shown.hidden()) {
            badges.add(badge("forum.hidden-badge"));
        }
        add(back, title, badges, toolbar(shown), earlier, posts, later, newReplies);

        first = Math.max(1, target - 2);
        last = first - 1;
        showLater(STRETCH);
        if (shown.canPost()) {
            add(replyButton);
            reopenADraft(shown);
        } else {
            Paragraph closed = new Paragraph(getTranslation(shown.locked() ? "forum.locked" : "forum.read-only"));
            closed.setId("thread-closed");
            add(closed);
        }
        if (target > 1) {
            // the post the reader comes for (the first unread one, or ?post=n) is marked and scrolled to
            posts.getChildren().filter(c -> c.getId().map(id -> id.equals("post-" + target)).orElse(false)).findFirst()
                    .ifPresent(c -> {
                        c.getElement().getClassList().add("thread-target");
                        c.getElement().callJsFunction("scrollIntoView");
                    });
        }
    }

    /**
     * The composer, made when the reader replies or quotes rather than with the page: most readers only read, and
     * its text area, preview and upload would be a good part of what their session keeps.
     */
    private Composer composer() {
        if (composer == null) {
            ThreadOverview shown = thread();
            composer = new Composer(discussions, attachments, shown.place().key(), draftKey(shown), getTranslation("forum.reply"), markdown -> {
                PostLine posted = discussions.reply(shown.id(), markdown);
                known = Math.max(known, posted.number());
                showEnd();
                return true;
            });
            composer.setId("reply-composer");
            replace(replyButton, composer);
        }
        return composer;
    }

    /** A reply left unsent by a reload or a lost connection: its composer opens again, and the draft with it. */
    private void reopenADraft(ThreadOverview shown) {
        getElement().executeJs("try { return !!localStorage.getItem($0) } catch (e) { return false }", Composer.storageKey(draftKey(shown)))
                .then(Boolean.class, draft -> {
                    if (Boolean.TRUE.equals(draft) && composer == null && thread == shown) {
                        composer();
                    }
                });
    }

    private static String draftKey(ThreadOverview shown) {
        return "thread-" + shown.id();
    }

    private void quote(String markdown) {
        Composer open = composer();
        open.insert(markdown);
        open.reveal();
    }

    private FlexLayout toolbar(ThreadOverview shown) {
        FlexLayout toolbar = new FlexLayout(new FollowButton("thread", shown.level(), shown.email(),
                (level, email) -> discussions.followThread(shown.id(), level, email)));
        toolbar.addClassName("thread-toolbar");
        if ((shown.isAuthor() || shown.canModerate()) && !shown.wiki() && shown.moduleKey() == null) {
            toolbar.add(action("forum.make-wiki", "make-wiki", () -> discussions.makeWiki(shown.id())));
        }
        if (shown.canModerate()) {
            toolbar.add(action(shown.pinned() ? "forum.unpin" : "forum.pin", "pin-thread", () -> moderation.pin(shown.id(), !shown.pinned())),
                    action(shown.locked() ? "forum.unlock" : "forum.lock", "lock-thread", () -> ReasonDialog.ask(this,
                            getTranslation(shown.locked() ? "forum.unlock" : "forum.lock"), reason -> {
                                moderation.lock(shown.id(), !shown.locked(), reason);
                                reloadThread();
                            })),
                    action(shown.hidden() ? "forum.show-thread" : "forum.hide-thread", "hide-thread", () -> ReasonDialog.ask(this,
                            getTranslation(shown.hidden() ? "forum.show-thread" : "forum.hide-thread"), reason -> {
                                moderation.hideThread(shown.id(), !shown.hidden(), reason);
                                reloadThread();
                            })));
            if (shown.moduleKey() == null) {
                Button move = new Button(getTranslation("forum.move"), e -> move(shown));
                move.setId("move-thread");
                move.addThemeVariants(ButtonVariant.TERTIARY);
                toolbar.add(move);
            }
        }
        return toolbar;
    }

    private Button action(String label, String id, Runnable run) {
        Button button = new Button(getTranslation(label), e -> {
            try {
                run.run();
                reloadThread();
            } catch (InvalidInput refused) {
                Problems.notify(this, refused);
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        return button;
    }

    private void move(ThreadOverview shown) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("forum.move"));
        com.vaadin.flow.component.textfield.TextField reason = new com.vaadin.flow.component.textfield.TextField(getTranslation("forum.reason-for-log"));
        reason.setId("move-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        Select<PlaceOverview> to = new Select<>();
        to.setId("move-to");
        to.setLabel(getTranslation("forum.move-to"));
        to.setItems(communities.places().stream().filter(p -> p.canModerate() && !p.place().key().equals(shown.place().key())).toList());
        to.setItemLabelGenerator(p -> p.place().title());
        Button go = new Button(getTranslation("forum.move"), e -> {
            if (to.getValue() == null) {
                return;
            }
            try {
                moderation.move(shown.id(), to.getValue().place().key(), reason.getValue());
                dialog.close();
                UI.getCurrent().navigate(ThreadView.class, new RouteParameters(java.util.Map.of("place", to.getValue().place().key(),
                        "thread", String.valueOf(shown.id()))));
            } catch (InvalidInput refused) {
                Problems.show(to, this, refused);
            }
        });
        go.setId("move-go");
        go.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(to, reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), go);
        dialog.open();
    }

    private void showEarlier() {
        int from = Math.max(1, first - STRETCH);
        List<PostLine> found = discussions.posts(thread().id(), from, first - 1);
        for (int i = found.size() - 1; i >= 0; i--) {
            posts.addComponentAsFirst(card(found.get(i)));
        }
        first = from;
        updateButtons();
    }

    private void showLater(int howMany) {
        int to = (int) Math.min((long) last + howMany, Math.max(known, last));
        if (to > last) {
            List<PostLine> found = discussions.posts(thread().id(), last + 1, to);
            found.forEach(post -> posts.add(card(post)));
            if (!found.isEmpty()) {
                last = found.getLast().number();
                discussions.markRead(thread().id(), last);
            }
        }
        // a reader who stays at the end of a busy thread keeps two stretches, not every post since they came
        while (posts.getComponentCount() > 2 * STRETCH) {
            posts.remove(posts.getComponentAt(0));
            first++;
        }
        newReplies.setVisible(false);
        updateButtons();
    }

    /**
     * Goes to the end of the thread (after the reader's own reply, or "new replies"): its last stretch, however
     * far behind the reader was, rather than every post in between; "earlier" leads back.
     */
    private void showEnd() {
        if (known - last > STRETCH) {
            posts.removeAll();
            first = Math.max(1, known - STRETCH + 1);
            last = first - 1;
        }
        showLater(STRETCH);
    }

    private void updateButtons() {
        earlier.setText(getTranslation("forum.earlier", first - 1));
        earlier.setVisible(first > 1);
        later.setText(getTranslation("forum.later", known - last));
        later.setVisible(last < known && !newReplies.isVisible());
    }

    private PostCard card(PostLine post) {
        return new PostCard(post, thread(), discussions, moderation, thread().canPost() ? this::quote : null, this::reload);
    }

    private void reload(@Nullable PostCard card) {
        if (card == null) {
            reloadThread();
            return;
        }
        List<PostLine> fresh = discussions.posts(thread().id(), card.number(), card.number());
        if (!fresh.isEmpty()) {
            PostCard replacement = card(fresh.getFirst());
            posts.replace(card, replacement);
        }
    }

    private void reloadThread() {
        thread = discussions.thread(thread().id());
        render(first);
    }

    /** A reply from anyone, on any node: appended when the reader is at the end, otherwise announced. */
    private void arrived(UI ui, ForumEvents.PostPublished post) {
        ui.access(() -> {
            known = Math.max(known, post.number());
            if (post.number() <= last) {
                return;
            }
            if (last >= known - 1 && !newReplies.isVisible()) {
                showLater(known - last);
            } else {
                newReplies.setText(getTranslation("forum.new-replies", known - last));
                newReplies.setVisible(true);
                later.setVisible(false);
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (listening == null && thread != null) {
            listen(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (listening != null) {
            listening.remove();
            listening = null;
        }
    }

    private ThreadOverview thread() {
        if (thread == null) {
            throw new IllegalStateException("no thread opened");
        }
        return thread;
    }

    private Span badge(String key) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("thread-badge");
        return badge;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return thread == null ? getTranslation("forum.title") : thread.title();
    }
}
