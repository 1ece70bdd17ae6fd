package org.collabacademy.forum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import java.nio.file.Path;
import java.util.UUID;
import org.collabacademy.KaribuTest;
import org.collabacademy.base.Language;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.CourseReader;
import org.collabacademy.course.TestContent;
import org.collabacademy.forum.Communities;
import org.collabacademy.forum.Discussions;
import org.collabacademy.forum.ForumViews.ThreadLine;
import org.collabacademy.forum.Moderation;
import org.collabacademy.forum.PlaceAccess;
import org.collabacademy.forum.PlaceCategory;
import org.collabacademy.forum.PlaceKind;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ForumViewsTest extends KaribuTest {

    @Autowired Communities communities;
    @Autowired Discussions discussions;
    @Autowired Moderation moderation;
    @Autowired org.collabacademy.TestClock clock;
    @Autowired ContentImport contentImport;
    @Autowired CourseReader reader;

    @TempDir
    Path content;

    private String place;
    private String title;

    @BeforeEach
    void community() {
        title = "Value chains " + UUID.randomUUID().toString().substring(0, 6);
        UserSummary admin = accounts.create("views-admin", Role.ADMIN);
        accounts.signIn(admin.email());
        place = communities.createCommunity(title, "Suppliers and customers", PlaceCategory.TOPIC, PlaceAccess.OPEN).place().key();
        accounts.signOut();
    }

    private void write(String text) {
        if (_find(Composer.class).isEmpty()) {
            _click(_get(Button.class, spec -> spec.withId("reply-open")));
        }
        userSets(_get(TextArea.class, spec -> spec.withId("composer-text")), text);
        _click(_get(Button.class, spec -> spec.withId("composer-send")));
    }

    private Article post(int number) {
        return _get(Article.class, spec -> spec.withId("post-" + number));
    }

    /** A post as the browser renders it: its content is HTML (see PostCard). */
    private org.jsoup.nodes.Element shown(int number) {
        return shownInside(post(number));
    }

    private org.jsoup.nodes.Element body(int number) {
        return java.util.Objects.requireNonNull(shown(number).getElementById("post-body-" + number), "no body in post " + number);
    }

    private org.jsoup.nodes.Element button(String id) {
        int number = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
        return java.util.Objects.requireNonNull(shown(number).getElementById(id), "no button " + id + " in post " + number);
    }

    /** Clicks a post's button: the click reaches the thread's one listener with the data its expressions read. */
    private void click(String id) {
        org.jsoup.nodes.Element button = button(id);
        assertThat(button.hasAttr("disabled")).as(id + " is disabled").isFalse();
        fire(button.attr("data-action"), Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)));
    }

    /** What a click sends, also for a button that is not shown (a forged request). */
    private void fire(String action, int number) {
        tools.jackson.databind.node.ObjectNode data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put(PostCard.ON_A_BUTTON, true).put(PostCard.ACTION, action).put(PostCard.POST, "post-" + number);
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(_get(Div.class, spec -> spec.withId("posts")), "click", data);
    }

    @Test
    void a_member_browses_starts_a_thread_replies_quotes_and_reacts() {
        signInAs("forum-browser");
        navigate("forum");
        assertThat(_get(Div.class, spec -> spec.withId("place-" + place)).getElement().getTextRecursively()).contains(title, "Suppliers and customers");

        navigate("forum/" + place);
        assertThat(_get(H1.class, spec -> spec.withId("place-title")).getText()).isEqualTo(title);
        _click(_get(Button.class, spec -> spec.withId("new-thread")));
        userSets(_get(TextField.class, spec -> spec.withId("new-thread-title")), "Joint purchasing of steel");
        userSets(_get(TextArea.class, spec -> spec.withId("composer-text")), "Who buys **steel** with us?");
        assertThat(_get(Div.class, spec -> spec.withId("composer-preview")).getElement().getProperty("innerHTML"))
                .isEqualTo("<p>Who buys <strong>steel</strong> with us?</p>\n");
        _click(_get(Button.class, spec -> spec.withId("composer-send")));

        assertThat(NavigatorKt.getCurrentPath()).startsWith("forum/" + place + "/");
        assertThat(_get(H1.class, spec -> spec.withId("thread-title")).getText()).isEqualTo("Joint purchasing of steel");
        assertThat(shown(1).text()).contains("forum-browser Tester");
        // the composer is made when the reader replies, not with the page
        assertThat(_find(Composer.class)).isEmpty();

        write("We could pool our orders every quarter.");
        assertThat(shown(2).text()).doesNotContain("#3");
        assertThat(body(2).html()).contains("pool our orders");

        // "quote" opens the composer when it is not open yet
        navigate(NavigatorKt.getCurrentPath());
        assertThat(_find(Composer.class)).isEmpty();
        click("quote-1");
        assertThat(_find(Button.class, spec -> spec.withId("reply-open"))).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("composer-text")).getValue()).startsWith("> @").contains("(#1)", "> Who buys **steel** with us?");

        assertThat(button("react-like-2").attr("aria-pressed")).isEqualTo("false");
        click("react-like-2");
        assertThat(button("react-like-2").text()).isEqualTo("1");
        assertThat(button("react-like-2").attr("aria-pressed")).isEqualTo("true");
        assertThat(button("react-like-2").attr("aria-label")).isEqualTo("Like (1)");

        // an empty reply is refused on the field, and nothing is posted
        userSets(_get(TextArea.class, spec -> spec.withId("composer-text")), "   ");
        _click(_get(Button.class, spec -> spec.withId("composer-send")));
        assertThat(_get(TextArea.class, spec -> spec.withId("composer-text")).isInvalid()).isTrue();
        assertThat(_find(Article.class, spec -> spec.withId("post-3"))).isEmpty();
    }

    @Test
    void members_flag_a_post_and_a_moderator_reviews_it_and_locks_the_thread() {
        UserSummary author = accounts.create("flag-author");
        accounts.signIn(author.email());
        long thread = discussions.startThread(place, "Doubtful offer", "Cheap machines, no questions asked", false);

        signInAs("flag-reader");
        navigate("forum/" + place + "/" + thread);
        // what this reader is not offered does not happen, even when a forged click names it
        assertThat(shown(1).getElementById("edit-1")).isNull();
        fire("edit", 1);
        assertThat(_find(TextArea.class, spec -> spec.withId("edit-text"))).isEmpty();
        click("flag-1");
        _click(_get(Button.class, spec -> spec.withId("flag-send")));
        assertThat(_get(TextArea.class, spec -> spec.withId("flag-reason")).isInvalid()).isTrue();
        userSets(_get(TextArea.class, spec -> spec.withId("flag-reason")), "Looks like a scam");
        _click(_get(Button.class, spec -> spec.withId("flag-send")));
        NotificationsKt.expectNotifications("Thank you. The moderators will look at it.");

        signInAs("flag-moderator", Role.MODERATOR);
        navigate("moderation");
        long postId = discussions.posts(thread, 1, 1).getFirst().id();
        Section flagged = _get(Section.class, spec -> spec.withId("flagged-" + postId));
        assertThat(flagged.getElement().getTextRecursively()).contains("Looks like a scam");
        assertThat(_get(flagged, Div.class, spec -> spec.withClasses("post-body")).getElement().getProperty("innerHTML")).contains("Cheap machines");
        _click(_get(Button.class, spec -> spec.withId("keep-hidden-" + postId)));
        assertThat(_find(Section.class, spec -> spec.withId("flagged-" + postId))).isEmpty();

        navigate("forum/" + place + "/" + thread);
        assertThat(shown(1).text()).contains("Hidden from members");
        _click(_get(Button.class, spec -> spec.withId("lock-thread")));
        userSets(_get(TextField.class, spec -> spec.withId("moderation-reason")), "Cooling down");
        _click(_get(Button.class, spec -> spec.withId("moderation-confirm")));
        assertThat(_get(Button.class, spec -> spec.withId("lock-thread")).getText()).isEqualTo("Unlock");
        navigate("moderation");
        @SuppressWarnings("unchecked")
        Grid<org.collabacademy.forum.ForumViews.LogLine> log = _get(Grid.class, spec -> spec.withId("moderation-log"));
        assertThat(GridKt._getFormattedRow(log, 0)).contains("locked", "Cooling down", "flag-moderator Tester");
        navigate("forum/" + place + "/" + thread);

        signInAs("late-reader");
        navigate("forum/" + place + "/" + thread);
        assertThat(body(1).text()).contains("hidden until a moderator");
        assertThat(_find(Button.class, spec -> spec.withId("reply-open"))).isEmpty();
        assertThat(_find(TextArea.class, spec -> spec.withId("composer-text"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("thread-closed")).getText()).contains("locked");
    }

    @Test
    void the_review_queue_link_of_a_community_shows_its_flags_only() {
        accounts.signIn(accounts.create("queue-admin", Role.ADMIN).email());
        String elsewhere = communities.createCommunity("Elsewhere " + UUID.randomUUID().toString().substring(0, 6), "Another place",
                PlaceCategory.TOPIC, PlaceAccess.OPEN).place().key();
        UserSummary author = accounts.create("queue-view-author");
        accounts.signIn(author.email());
        long here = discussions.posts(discussions.startThread(place, "Offer here", "Buy here", false), 1, 1).getFirst().id();
        long there = discussions.posts(discussions.startThread(elsewhere, "Offer there", "Buy there", false), 1, 1).getFirst().id();
        accounts.signIn(accounts.create("queue-view-flagger").email());
        moderation.flag(here, "advertising");
        moderation.flag(there, "advertising");

        signInAs("queue-view-moderator", Role.MODERATOR);
        navigate("forum/" + place);
        RouterLink link = _get(RouterLink.class, spec -> spec.withId("review-queue-link"));
        assertThat(link.getHref()).isEqualTo("moderation?place=" + place);
        navigate(link.getHref());
        assertThat(_get(Paragraph.class, spec -> spec.withId("queue-filter")).getText()).contains(title);
        assertThat(_find(Section.class, spec -> spec.withId("flagged-" + here))).hasSize(1);
        assertThat(_find(Section.class, spec -> spec.withId("flagged-" + there))).isEmpty();

        navigate(_get(RouterLink.class, spec -> spec.withId("queue-all")).getHref());
        assertThat(_find(Paragraph.class, spec -> spec.withId("queue-filter"))).as("no filter shown").isEmpty();
        assertThat(_find(Section.class, spec -> spec.withId("flagged-" + here))).hasSize(1);
        assertThat(_find(Section.class, spec -> spec.withId("flagged-" + there))).hasSize(1);

        // dismissing members' flags asks why, for the log
        _click(_get(Button.class, spec -> spec.withId("dismiss-" + there)));
        _click(_get(Button.class, spec -> spec.withId("moderation-confirm")));
        assertThat(_get(TextField.class, spec -> spec.withId("moderation-reason")).isInvalid()).isTrue();
        userSets(_get(TextField.class, spec -> spec.withId("moderation-reason")), "An ordinary offer");
        _click(_get(Button.class, spec -> spec.withId("moderation-confirm")));
        assertThat(_find(Section.class, spec -> spec.withId("flagged-" + there))).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<org.collabacademy.forum.ForumViews.LogLine> log = _get(Grid.class, spec -> spec.withId("moderation-log"));
        assertThat(GridKt._getFormattedRow(log, 0)).contains("flags dismissed", "An ordinary offer", "queue-view-moderator Tester");
    }

    @Test
    void a_members_only_community_takes_requests_that_a_moderator_admits() {
        accounts.signIn(accounts.create("closed-admin", Role.ADMIN).email());
        String closed = communities.createCommunity("Ekaterinburg " + UUID.randomUUID().toString().substring(0, 6), "Members only",
                PlaceCategory.CLUSTER, PlaceAccess.MEMBERS_ONLY).place().key();

        UserSummary applicant = signInAs("applicant");
        navigate("forum/" + closed);
        assertThat(_get(Paragraph.class, spec -> spec.withId("place-closed")).getText()).contains("members only");
        _click(_get(Button.class, spec -> spec.withId("join")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("place-closed")).getText()).contains("asked to join");

        signInAs("cluster-admin", Role.ADMIN);
        navigate("forum/" + closed);
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("place-tabs"));
        tabs.setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Grid<org.collabacademy.forum.ForumViews.MemberLine> members = _get(Grid.class, spec -> spec.withId("member-grid"));
        assertThat(GridKt._getFormattedRow(members, 0)).contains("applicant Tester", "Asked to join");
        _click(_get(GridKt._getCellComponent(members, 0, "actions"), Button.class, spec -> spec.withId("admit-" + applicant.id())));
        _get(TabSheet.class, spec -> spec.withId("place-tabs")).setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Grid<org.collabacademy.forum.ForumViews.MemberLine> admitted = _get(Grid.class, spec -> spec.withId("member-grid"));
        _click(_get(GridKt._getCellComponent(admitted, 0, "actions"), Button.class, spec -> spec.withId("make-moderator-" + applicant.id())));
        _get(TabSheet.class, spec -> spec.withId("place-tabs")).setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Grid<org.collabacademy.forum.ForumViews.MemberLine> appointed = _get(Grid.class, spec -> spec.withId("member-grid"));
        assertThat(GridKt._getFormattedRow(appointed, 0)).contains("applicant Tester", "Member · Moderator");
        assertThat(_find(GridKt._getCellComponent(appointed, 0, "actions"), Button.class,
                spec -> spec.withId("remove-moderator-" + applicant.id()))).hasSize(1);

        signInAs(applicant);
        navigate("forum/" + closed);
        assertThat(_find(Button.class, spec -> spec.withId("new-thread"))).hasSize(1);
    }

    @Test
    void a_moderator_mutes_a_member_for_a_chosen_number_of_days() {
        UserSummary loud = accounts.create("mute-target");
        accounts.signIn(loud.email());
        communities.join(place);

        signInAs("mute-admin", Role.ADMIN);
        navigate("forum/" + place);
        _get(TabSheet.class, spec -> spec.withId("place-tabs")).setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Grid<org.collabacademy.forum.ForumViews.MemberLine> members = _get(Grid.class, spec -> spec.withId("member-grid"));
        _click(_get(GridKt._getCellComponent(members, 0, "actions"), Button.class, spec -> spec.withId("mute-" + loud.id())));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<MuteDialog.Length> length = _get(RadioButtonGroup.class, spec -> spec.withId("mute-length"));
        assertThat(length.getValue()).isEqualTo(MuteDialog.Length.WEEK);
        assertThat(_find(IntegerField.class, spec -> spec.withId("mute-days"))).isEmpty();
        userSets(length, MuteDialog.Length.CUSTOM);
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("mute-days"));
        userSets(days, 400);
        _click(_get(Button.class, spec -> spec.withId("mute-confirm")));
        assertThat(days.isInvalid()).isTrue();
        assertThat(communities.members(place)).singleElement().satisfies(m -> assertThat(m.mutedUntil()).isNull());

        userSets(days, 10);
        userSets(_get(TextField.class, spec -> spec.withId("moderation-reason")), "Ten days to calm down");
        java.time.Instant before = clock.instant();
        _click(_get(Button.class, spec -> spec.withId("mute-confirm")));
        assertThat(communities.members(place)).singleElement().satisfies(m -> assertThat(m.mutedUntil())
                .isBetween(before.plus(java.time.Duration.ofDays(10)).minusSeconds(5), clock.instant().plus(java.time.Duration.ofDays(10)).plusSeconds(5)));
    }

    @Test
    void a_reader_chooses_how_to_follow_a_thread_and_a_place_in_a_dialog_the_button_then_names() {
        UserSummary author = accounts.create("follow-author");
        accounts.signIn(author.email());
        long thread = discussions.startThread(place, "Shared trucks", "Who drives to Tver on Mondays?", false);

        signInAs("follow-reader");
        navigate("forum/" + place + "/" + thread);
        Button follow = _get(Button.class, spec -> spec.withId("thread-follow"));
        assertThat(follow.getText()).isEqualTo("Tracking: replies and mentions · Daily digest");
        // the choice is made in a dialog, which is not part of the page until the reader opens it
        assertThat(_find(Select.class, spec -> spec.withId("thread-level"))).isEmpty();
        _click(follow);
        _get(Select.class, spec -> spec.withId("thread-level")).setValue(org.collabacademy.forum.Level.WATCHING);
        _get(Select.class, spec -> spec.withId("thread-email")).setValue(org.collabacademy.forum.EmailMode.IMMEDIATE);
        _click(_get(Button.class, spec -> spec.withId("thread-follow-close")));
        assertThat(follow.getText()).isEqualTo("Watching: every post · At once");
        assertThat(follow.getElement().getAttribute("aria-label")).isEqualTo("Follow: Watching: every post · At once");
        assertThat(discussions.thread(thread).level()).isEqualTo(org.collabacademy.forum.Level.WATCHING);
        assertThat(discussions.thread(thread).email()).isEqualTo(org.collabacademy.forum.EmailMode.IMMEDIATE);
        navigate("forum/" + place + "/" + thread);
        assertThat(_get(Button.class, spec -> spec.withId("thread-follow")).getText()).isEqualTo("Watching: every post · At once");

        navigate("forum/" + place);
        _click(_get(Button.class, spec -> spec.withId("place-follow")));
        _get(Select.class, spec -> spec.withId("place-level")).setValue(org.collabacademy.forum.Level.MUTED);
        assertThat(communities.place(place).level()).isEqualTo(org.collabacademy.forum.Level.MUTED);
        assertThat(_get(Button.class, spec -> spec.withId("place-follow")).getText()).startsWith("Muted · ");
    }

    @Test
    void replying_far_from_the_end_shows_the_last_stretch_not_every_post_in_between() {
        UserSummary writer = accounts.create("stretch-writer", Role.ADMIN);
        accounts.signIn(writer.email());
        long thread = discussions.startThread(place, "Busy thread", "Post 1", false);
        for (int i = 2; i <= 50; i++) {
            discussions.reply(thread, "Post " + i);
        }

        signInAs("stretch-reader");
        navigate("forum/" + place + "/" + thread);
        assertThat(_get(Div.class, spec -> spec.withId("posts")).getComponentCount()).isEqualTo(ThreadView.STRETCH);
        write("My first word here");
        assertThat(body(51).text()).contains("My first word here");
        assertThat(_get(Div.class, spec -> spec.withId("posts")).getComponentCount()).isEqualTo(ThreadView.STRETCH);
        assertThat(_find(Article.class, spec -> spec.withId("post-31"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("earlier-posts")).getText()).isEqualTo("Show 31 earlier posts");
        _click(_get(Button.class, spec -> spec.withId("earlier-posts")));
        assertThat(post(31).getElement().getProperty("innerHTML")).contains("Post 31");
    }

    @Test
    void a_thread_opens_at_the_first_unread_post() {
        UserSummary writer = accounts.create("unread-writer", Role.ADMIN);
        accounts.signIn(writer.email());
        long thread = discussions.startThread(place, "Read halfway", "One", false);
        discussions.reply(thread, "Two");
        discussions.reply(thread, "Three");
        UserSummary reader = accounts.create("unread-view-reader");
        accounts.signIn(reader.email());
        discussions.markRead(thread, 1);

        signInAs(reader);
        navigate("forum/" + place + "/" + thread);
        assertThat(post(2).getClassNames()).contains("thread-target");
        assertThat(post(1).getClassNames()).doesNotContain("thread-target");
        assertThat(body(3).html()).contains("Three");
        assertThat(discussions.thread(thread).firstUnread()).as("opening it reads it to the end").isEqualTo(3);
    }

    @Test
    void a_reply_written_elsewhere_appears_in_an_open_thread() throws InterruptedException {
        UserSummary writer = accounts.create("live-writer", Role.ADMIN);
        accounts.signIn(writer.email());
        long thread = discussions.startThread(place, "Live thread", "Anyone here?", false);
        long longThread = discussions.startThread(place, "Long live thread", "Post 1", false);
        for (int i = 2; i <= 30; i++) {
            discussions.reply(longThread, "Post " + i);
        }

        signInAs("live-reader");
        navigate("forum/" + place + "/" + thread);
        assertThat(_find(Article.class, spec -> spec.withId("post-2"))).isEmpty();
        replyElsewhere(writer, thread, "Yes, I am here.");
        // the live feed delivers on its own thread, then through UI.access: round trips run what it has queued
        untilDelivered(() -> assertThat(body(2).html()).contains("I am here"));

        // a reader who is not at the end of the thread is told instead of being moved
        navigate("forum/" + place + "/" + longThread);
        assertThat(_find(Article.class, spec -> spec.withId("post-31"))).isEmpty();
        replyElsewhere(writer, longThread, "Post 31");
        untilDelivered(() -> assertThat(_get(Button.class, spec -> spec.withId("new-replies")).getText()).isEqualTo("New replies: 11. Show them"));
        assertThat(_find(Article.class, spec -> spec.withId("post-31"))).isEmpty();
    }

    private static void untilDelivered(Runnable assertion) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            MockVaadin.clientRoundtrip(false);
            try {
                assertion.run();
                return;
            } catch (AssertionError | RuntimeException notYet) {
                if (attempt == 50) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }

    @Test
    void a_reader_at_the_end_of_a_busy_thread_keeps_two_stretches_of_posts() throws InterruptedException {
        UserSummary writer = accounts.create("busy-writer", Role.ADMIN);
        accounts.signIn(writer.email());
        long thread = discussions.startThread(place, "Busy live thread", "Post 1", false);
        for (int i = 2; i <= 2 * ThreadView.STRETCH; i++) {
            discussions.reply(thread, "Post " + i);
        }
        signInAs("busy-reader");
        navigate("forum/" + place + "/" + thread);
        _click(_get(Button.class, spec -> spec.withId("later-posts")));
        assertThat(_get(Div.class, spec -> spec.withId("posts")).getComponentCount()).isEqualTo(2 * ThreadView.STRETCH);

        replyElsewhere(writer, thread, "Post 41 arrives");
        untilDelivered(() -> assertThat(body(41).text()).contains("Post 41 arrives"));
        assertThat(_get(Div.class, spec -> spec.withId("posts")).getComponentCount()).isEqualTo(2 * ThreadView.STRETCH);
        assertThat(_find(Article.class, spec -> spec.withId("post-1"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("earlier-posts")).getText()).isEqualTo("Show 1 earlier posts");
    }

    /** Another user replies on another thread (as another request would), while this UI holds its session. */
    private void replyElsewhere(UserSummary writer, long thread, String text) throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                accounts.signIn(writer.email());
                discussions.reply(thread, text);
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                accounts.signOut();
            }
        });
        other.start();
        other.join(30_000);
        assertThat(failure.get()).isNull();
    }

    @Test
    void an_administrator_creates_a_community_in_the_app() {
        signInAs("community-founder", Role.ADMIN);
        navigate("forum");
        _click(_get(Button.class, spec -> spec.withId("new-community")));
        _click(_get(Button.class, spec -> spec.withId("community-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("community-name")).isInvalid()).isTrue();
        userSets(_get(TextField.class, spec -> spec.withId("community-name")), "Innovation management in St. Petersburg");
        @SuppressWarnings("unchecked")
        Select<PlaceCategory> category = _get(Select.class, spec -> spec.withId("community-category"));
        userSets(category, PlaceCategory.REGION);
        _click(_get(Button.class, spec -> spec.withId("community-save")));
        assertThat(NavigatorKt.getCurrentPath()).startsWith("forum/innovation-management-in-st-petersburg");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("place-facts")).getText()).startsWith("Region, open to all");
    }

    @Test
    void a_mention_shows_in_notifications_and_leads_to_the_post() {
        UserSummary mentioned = accounts.create("bell-reader");
        accounts.signIn(mentioned.email());
        communities.join(place);
        long own = discussions.startThread(place, "Hello from the bell reader", "Hi", false);
        String handle = discussions.posts(own, 1, 1).getFirst().authorHandle();

        UserSummary writer = accounts.create("bell-writer");
        accounts.signIn(writer.email());
        long thread = discussions.startThread(place, "Question for you", "What do you think, @" + handle + "?", false);

        signInAs(mentioned);
        navigate("notifications");
        assertThat(_get(Button.class, spec -> spec.withId("notification-bell")).isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<org.collabacademy.forum.ForumViews.NotificationLine> grid = _get(Grid.class, spec -> spec.withId("notifications"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(grid.getGenericDataView().getItem(0).threadTitle()).isEqualTo("Question for you");
        GridKt._clickItem(grid, 0);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("forum/" + place + "/" + thread + "?post=1");
    }

    @Test
    void discuss_this_module_opens_the_module_thread_and_search_finds_posts() {
        String course = TestContent.withTinyCourse(content, "discuss");
        TestContent.importFolder(contentImport, content);
        UserSummary learner = signInAs("module-discussant");
        reader.open(course, "first", "welcome", Language.ENGLISH);
        navigate("courses/" + course + "/first/welcome");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("reader-discuss")).getHref())
                .isEqualTo("discuss/" + course + "/first");
        navigate("discuss/" + course + "/first");
        assertThat(_get(H1.class, spec -> spec.withId("thread-title")).getText()).isEqualTo("Discuss: First Module");
        String word = "benchmarking" + UUID.randomUUID().toString().substring(0, 5);
        write("Our " + word + " club meets monthly.");

        navigate("forum/search?q=" + word);
        assertThat(_get(Div.class, spec -> spec.withId("search-results")).getElement().getTextRecursively())
                .contains("Discuss: First Module #2", word, learner.displayName());
        assertThat(communities.places()).anyMatch(p -> p.place().kind() == PlaceKind.COURSE_BOARD);
        assertThat(discussions.threads("course-" + course, PageRequest.of(0, 5)).getContent()).extracting(ThreadLine::title)
                .contains("Discuss: First Module", "Discuss: Second Module");
    }

    @Test
    void an_unknown_unsubscribe_link_says_so_without_signing_in() {
        navigate("unsubscribe/not-a-real-token");
        assertThat(_get(Paragraph.class, spec -> spec.withId("unsubscribe-result")).getText()).contains("not valid");
    }
}
