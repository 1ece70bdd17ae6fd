package org.collabacademy.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.collabacademy.TestAccounts;
import org.collabacademy.TestClock;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.CourseReader;
import org.collabacademy.course.TestContent;
import org.collabacademy.forum.ForumViews.PostLine;
import org.collabacademy.forum.ForumViews.ThreadLine;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Discussions on H2 and on PostgreSQL alike: who may do what where, notifications, flags, limits, search, wiki. */
abstract class ForumContract {

    @Autowired Communities communities;
    @Autowired Discussions discussions;
    @Autowired Moderation moderation;
    @Autowired Inbox inbox;
    @Autowired ForumSearch search;
    @Autowired ContentImport contentImport;
    @Autowired CourseReader reader;
    @Autowired TestAccounts accounts;
    @Autowired TestClock clock;
    @Autowired LiveReplies live;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired jakarta.persistence.EntityManager entityManager;

    @TempDir
    Path content;

    private UserSummary admin;

    @BeforeEach
    void administrator() {
        admin = accounts.create("forum-admin", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private String community(PlaceAccess access) {
        accounts.signIn(admin.email());
        String key = communities.createCommunity("Community " + UUID.randomUUID().toString().substring(0, 8), "For tests",
                PlaceCategory.TOPIC, access).place().key();
        accounts.signOut();
        return key;
    }

    /** A member who has written enough posts to be past the new-member limits. */
    private UserSummary regular(String who, String place) {
        UserSummary user = accounts.create(who);
        accounts.signIn(user.email());
        communities.join(place);
        long thread = discussions.startThread(place, "Warm-up of " + who, "Hello from " + who, false);
        for (int i = 1; i < Discussions.NEW_MEMBER_POSTS; i++) {
            clock.advance(Duration.ofMinutes(21));
            discussions.reply(thread, "Note " + i);
        }
        return user;
    }

    @Test
    void open_communities_are_for_everyone_members_only_ones_for_admitted_members() {
        String open = community(PlaceAccess.OPEN);
        String closed = community(PlaceAccess.MEMBERS_ONLY);
        UserSummary anna = accounts.create("anna");
        accounts.signIn(anna.email());

        long thread = discussions.startThread(open, "Joint training in spring?", "Who wants to share a trainer?", true);
        assertThat(discussions.threads(open, PageRequest.of(0, 10))).extracting(ThreadLine::title).contains("Joint training in spring?");

        assertThat(communities.place(closed).canRead()).isFalse();
        assertThatThrownBy(() -> discussions.threads(closed, PageRequest.of(0, 10))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> discussions.startThread(closed, "Hi", "Let me in", false)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(communities.join(closed)).isEqualTo(MemberStatus.PENDING);
        assertThat(communities.place(closed).canRead()).isFalse();
        assertThatThrownBy(() -> communities.members(closed)).isInstanceOf(AuthorizationDeniedException.class);

        accounts.signIn(admin.email());
        assertThat(communities.members(closed)).extracting(ForumViews.MemberLine::status).containsExactly(MemberStatus.PENDING);
        communities.admit(closed, anna.id());

        accounts.signIn(anna.email());
        assertThat(communities.place(closed).canPost()).isTrue();
        discussions.startThread(closed, "Inside", "Now I am in", false);
        assertThat(discussions.thread(thread).canModerate()).isFalse();
        assertThatThrownBy(() -> moderation.lock(thread, true, "")).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void an_appointed_member_moderates_their_own_community_and_no_other() {
        String mine = community(PlaceAccess.MEMBERS_ONLY);
        String other = community(PlaceAccess.MEMBERS_ONLY);
        UserSummary keeper = accounts.create("community-keeper");
        UserSummary applicant = accounts.create("keeper-applicant");
        for (UserSummary user : List.of(keeper, applicant)) {
            accounts.signIn(user.email());
            communities.join(mine);
            communities.join(other);
        }
        accounts.signIn(admin.email());
        communities.admit(mine, keeper.id());
        communities.admit(other, keeper.id());
        long otherThread = discussions.startThread(other, "Elsewhere", "Not yours to moderate", false);

        accounts.signIn(keeper.email());
        assertThatThrownBy(() -> communities.appointModerator(mine, keeper.id(), true)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> communities.admit(mine, applicant.id())).isInstanceOf(AuthorizationDeniedException.class);

        accounts.signIn(admin.email());
        communities.appointModerator(mine, keeper.id(), true);
        assertThat(communities.members(mine)).filteredOn(m -> m.userId() == keeper.id()).singleElement()
                .satisfies(m -> assertThat(m.moderator()).isTrue());

        accounts.signIn(keeper.email());
        assertThat(communities.place(mine).canModerate()).isTrue();
        communities.admit(mine, applicant.id());
        assertThat(communities.members(mine)).filteredOn(m -> m.userId() == applicant.id()).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MemberStatus.MEMBER));
        assertThat(communities.place(other).canModerate()).isFalse();
        assertThatThrownBy(() -> communities.admit(other, applicant.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> communities.members(other)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> moderation.lock(otherThread, true, "mine now")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> communities.appointModerator(other, applicant.id(), true)).isInstanceOf(AuthorizationDeniedException.class);
        // the keeper's log shows their own community only: the appointment (by the administrator) and their admission
        assertThat(moderation.log(PageRequest.of(0, 20))).extracting(ForumViews.LogLine::action, ForumViews.LogLine::moderatorName)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ModerationAction.ADMIT, keeper.displayName()),
                        org.assertj.core.groups.Tuple.tuple(ModerationAction.APPOINT, admin.displayName()),
                        org.assertj.core.groups.Tuple.tuple(ModerationAction.ADMIT, admin.displayName()));

        accounts.signIn(admin.email());
        communities.appointModerator(mine, keeper.id(), false);
        accounts.signIn(keeper.email());
        assertThat(communities.place(mine).canModerate()).isFalse();
    }

    @Test
    void a_course_board_with_a_thread_per_module_is_open_to_enrolled_learners_and_trainers() {
        UserSummary trainer = accounts.create("board-trainer", Role.TRAINER);
        String course = TestContent.withTinyCourse(content, "board", trainer.email());
        TestContent.importFolder(contentImport, content);
        UserSummary learner = accounts.create("board-learner");
        UserSummary outsider = accounts.create("board-outsider");

        accounts.signIn(outsider.email());
        assertThatThrownBy(() -> discussions.moduleThread(course, "first")).isInstanceOf(AuthorizationDeniedException.class);

        accounts.signIn(learner.email());
        reader.open(course, "first", "welcome", Language.ENGLISH); // reading enrols
        long thread = discussions.moduleThread(course, "first");
        assertThat(discussions.thread(thread).title()).isEqualTo("Discuss: First Module");
        assertThat(discussions.posts(thread, 1, 1).getFirst().html()).contains("<strong>First Module</strong>");
        discussions.reply(thread, "What does JV stand for?");

        accounts.signIn(trainer.email());
        assertThat(discussions.thread(thread).canModerate()).isTrue();
        moderation.pin(thread, false);
        assertThat(discussions.posts(thread, 1, 10)).extracting(PostLine::number).containsExactly(1, 2);
    }

    @Test
    void a_reply_is_announced_live_after_its_commit_and_not_stored_as_an_event_publication() throws InterruptedException {
        String place = community(PlaceAccess.OPEN);
        regular("live-writer", place);
        long thread = discussions.startThread(place, "Live under load", "First", false);
        java.util.concurrent.BlockingQueue<ForumEvents.PostPublished> announced = new java.util.concurrent.LinkedBlockingQueue<>();
        LiveReplies.Registration listening = live.listen(thread, announced::add);
        try {
            clock.advance(Duration.ofMinutes(21));
            new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
                int number = discussions.reply(thread, "Second").number();
                assertThat(number).isEqualTo(2);
                // a stored publication would be completed in a second transaction after the commit, while the
                // writer still holds its pooled connection: enough writers at once exhausted the pool
                entityManager.flush();
                assertThat(jdbc.queryForObject("select count(*) from event_publication where listener_id like '%LivePublisher%'", Long.class))
                        .isZero();
            });
            ForumEvents.PostPublished post = Announced.nextReply(announced, Duration.ofSeconds(5));
            assertThat(post).isNotNull();
            assertThat(post.number()).isEqualTo(2);

            clock.advance(Duration.ofMinutes(21));
            new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
                discussions.reply(thread, "Rolled back");
                status.setRollbackOnly();
            });
            assertThat(announced.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS)).as("a rolled-back reply is never shown").isNull();
        } finally {
            listening.remove();
        }
    }

    @Test
    void replies_notify_the_thread_author_mentions_notify_once_watchers_get_everything_and_muting_silences() {
        String place = community(PlaceAccess.OPEN);
        UserSummary asker = regular("asker", place);
        UserSummary watcher = regular("watcher", place);
        UserSummary mentioned = regular("mentioned", place);
        UserSummary muter = regular("muter", place);
        accounts.signIn(watcher.email());
        discussions.followPlace(place, Level.WATCHING, EmailMode.OFF);
        String mentionedHandle = ownHandle(mentioned, place);
        accounts.signIn(muter.email());
        discussions.followPlace(place, Level.MUTED, EmailMode.OFF);
        String muterHandle = ownHandle(muter, place);

        accounts.signIn(asker.email());
        long thread = discussions.startThread(place, "Partner for a trade fair stand", "Who shares a stand in Hannover?", true);
        long before = unread(mentioned);

        UserSummary replier = regular("replier", place);
        accounts.signIn(replier.email());
        discussions.reply(thread, "Ask @" + mentionedHandle + " and @" + mentionedHandle + " again, and @" + muterHandle + ", and @nobody-at-all");

        assertThat(unread(mentioned) - before).as("mentioned twice, notified once").isEqualTo(1);
        assertThat(latest(mentioned).reason()).isEqualTo(NotificationReason.MENTION);
        assertThat(latest(asker).reason()).isEqualTo(NotificationReason.REPLY);
        assertThat(latest(watcher).reason()).isEqualTo(NotificationReason.WATCHING);
        assertThat(latest(watcher).threadTitle()).isEqualTo("Partner for a trade fair stand");
        accounts.signIn(muter.email());
        assertThat(inbox.notifications(PageRequest.of(0, 50))).noneMatch(n -> n.threadId() == thread);

        // reading the thread to its end clears its notifications
        accounts.signIn(asker.email());
        discussions.markRead(thread, 2);
        assertThat(inbox.notifications(PageRequest.of(0, 50))).filteredOn(n -> n.threadId() == thread).allMatch(ForumViews.NotificationLine::read);
        assertThat(discussions.thread(thread).firstUnread()).isEqualTo(2);
    }

    @Test
    void a_choice_on_one_thread_overrides_the_choice_on_its_place() {
        String watched = community(PlaceAccess.OPEN);
        String quiet = community(PlaceAccess.OPEN);
        UserSummary follower = accounts.create("thread-follower");
        accounts.signIn(admin.email());
        long noisy = discussions.startThread(watched, "Noisy thread", "Much talk", false);
        long calm = discussions.startThread(watched, "Calm thread", "Little talk", false);
        long chosen = discussions.startThread(quiet, "The one thread I care about", "Read me", false);
        long other = discussions.startThread(quiet, "Another thread", "Not for me", false);

        accounts.signIn(follower.email());
        discussions.followPlace(watched, Level.WATCHING, EmailMode.OFF);
        discussions.followThread(noisy, Level.MUTED, EmailMode.OFF);
        discussions.followThread(chosen, Level.WATCHING, EmailMode.OFF);
        assertThat(discussions.thread(noisy).level()).isEqualTo(Level.MUTED);
        assertThat(discussions.thread(calm).level()).isEqualTo(Level.WATCHING);
        assertThat(discussions.thread(chosen).level()).isEqualTo(Level.WATCHING);
        assertThat(discussions.thread(other).level()).isEqualTo(Level.TRACKING);

        accounts.signIn(admin.email());
        for (long thread : List.of(noisy, calm, chosen, other)) {
            discussions.reply(thread, "A reply");
        }

        accounts.signIn(follower.email());
        assertThat(inbox.notifications(PageRequest.of(0, 50))).extracting(ForumViews.NotificationLine::threadId)
                .containsExactlyInAnyOrder(calm, chosen);
        assertThat(inbox.notifications(PageRequest.of(0, 50))).allMatch(n -> n.reason() == NotificationReason.WATCHING);

        // changing one's mind on the thread replaces the earlier choice
        discussions.followThread(noisy, Level.WATCHING, EmailMode.OFF);
        accounts.signIn(admin.email());
        discussions.reply(noisy, "Now you hear me");
        accounts.signIn(follower.email());
        assertThat(inbox.notifications(PageRequest.of(0, 50))).extracting(ForumViews.NotificationLine::threadId).contains(noisy);
    }

    @Test
    void the_first_unread_post_is_where_reading_stopped() {
        String place = community(PlaceAccess.OPEN);
        accounts.signIn(admin.email());
        long thread = discussions.startThread(place, "Three posts", "One", false);
        discussions.reply(thread, "Two");
        discussions.reply(thread, "Three");

        UserSummary reader = accounts.create("unread-reader");
        accounts.signIn(reader.email());
        assertThat(discussions.thread(thread).firstUnread()).isEqualTo(1);
        assertThat(discussions.threads(place, PageRequest.of(0, 10))).filteredOn(t -> t.id() == thread).singleElement()
                .satisfies(t -> assertThat(t.unread()).as("never opened").isEqualTo(-1));
        discussions.markRead(thread, 1);
        assertThat(discussions.thread(thread).firstUnread()).isEqualTo(2);
        assertThat(discussions.threads(place, PageRequest.of(0, 10))).filteredOn(t -> t.id() == thread).singleElement()
                .satisfies(t -> assertThat(t.unread()).isEqualTo(2));
        discussions.markRead(thread, 3);
        assertThat(discussions.threads(place, PageRequest.of(0, 10))).filteredOn(t -> t.id() == thread).singleElement()
                .satisfies(t -> assertThat(t.unread()).isZero());
    }

    private String ownHandle(UserSummary user, String place) {
        accounts.signIn(user.email());
        long thread = discussions.threads(place, PageRequest.of(0, 50)).getContent().stream()
                .filter(t -> t.title().equals("Warm-up of " + user.displayName().replace(" Tester", ""))).findFirst().orElseThrow().id();
        return discussions.posts(thread, 1, 1).getFirst().authorHandle();
    }

    private long unread(UserSummary user) {
        accounts.signIn(user.email());
        return inbox.unreadCount();
    }

    private ForumViews.NotificationLine latest(UserSummary user) {
        accounts.signIn(user.email());
        return inbox.notifications(PageRequest.of(0, 1)).getContent().getFirst();
    }

    @Test
    void new_members_write_a_few_posts_an_hour_and_no_links_until_they_are_known() {
        String place = community(PlaceAccess.OPEN);
        UserSummary newcomer = accounts.create("newcomer");
        accounts.signIn(newcomer.email());
        assertThatThrownBy(() -> discussions.startThread(place, "Cheap pills", "Visit https://spam.example now", false))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("forum.no-links-yet");
        long thread = discussions.startThread(place, "Hello", "First post", false);
        discussions.reply(thread, "Second");
        discussions.reply(thread, "Third");
        assertThatThrownBy(() -> discussions.reply(thread, "Fourth")).isInstanceOf(InvalidInput.class).hasMessageContaining("forum.slow-down");
        clock.advance(Duration.ofMinutes(61));
        discussions.reply(thread, "Fourth, an hour later");
        discussions.reply(thread, "Fifth");
        discussions.reply(thread, "Now I may link to [our site](https://firm.example)");
    }

    @Test
    void authors_edit_for_a_while_moderators_see_the_history_and_deleting_leaves_a_placeholder() {
        String place = community(PlaceAccess.OPEN);
        UserSummary author = accounts.create("editor");
        accounts.signIn(author.email());
        long thread = discussions.startThread(place, "Typos", "Frist version", false);
        long post = discussions.posts(thread, 1, 1).getFirst().id();
        discussions.edit(post, "First version");
        assertThatThrownBy(() -> discussions.history(post)).isInstanceOf(AuthorizationDeniedException.class);
        clock.advance(Duration.ofMinutes(31));
        assertThatThrownBy(() -> discussions.edit(post, "Late change")).isInstanceOf(InvalidInput.class).hasMessageContaining("forum.edit-window");

        UserSummary other = accounts.create("not-the-editor");
        accounts.signIn(other.email());
        assertThatThrownBy(() -> discussions.edit(post, "Not mine")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> discussions.delete(post)).isInstanceOf(AuthorizationDeniedException.class);

        accounts.signIn(admin.email());
        assertThat(discussions.history(post)).extracting(ForumViews.Revision::markdown).containsExactly("Frist version");

        accounts.signIn(author.email());
        discussions.delete(post);
        PostLine deleted = discussions.posts(thread, 1, 1).getFirst();
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.html()).isEmpty();
    }

    @Test
    void enough_flags_from_different_members_hide_a_post_until_a_moderator_reviews_it() {
        String place = community(PlaceAccess.OPEN);
        UserSummary spammer = accounts.create("spammer");
        accounts.signIn(spammer.email());
        long thread = discussions.startThread(place, "Great offer", "Buy my stuff", false);
        long post = discussions.posts(thread, 1, 1).getFirst().id();
        assertThatThrownBy(() -> moderation.flag(post, "mine")).isInstanceOf(InvalidInput.class).hasMessageContaining("forum.flag-own");

        for (int i = 0; i < 3; i++) {
            accounts.signIn(accounts.create("flagger" + i).email());
            moderation.flag(post, "spam " + i);
            if (i == 0) {
                assertThatThrownBy(() -> moderation.flag(post, "again")).isInstanceOf(InvalidInput.class).hasMessageContaining("forum.flagged-already");
                assertThat(discussions.posts(thread, 1, 1).getFirst().hidden()).isFalse();
            }
        }
        PostLine seenByMember = discussions.posts(thread, 1, 1).getFirst();
        assertThat(seenByMember.hidden()).isTrue();
        assertThat(seenByMember.html()).isEmpty();

        accounts.signIn(admin.email());
        assertThat(moderation.queue(null)).filteredOn(f -> f.postId() == post).singleElement()
                .satisfies(f -> assertThat(f.reasons()).containsExactlyInAnyOrder("spam 0", "spam 1", "spam 2"));
        assertThat(discussions.posts(thread, 1, 1).getFirst().html()).contains("Buy my stuff");
        moderation.restore(post, "not spam after all");
        assertThat(moderation.queue(null)).noneMatch(f -> f.postId() == post);
        assertThat(moderation.log(PageRequest.of(0, 20))).extracting(ForumViews.LogLine::action)
                .contains(ModerationAction.AUTO_HIDE, ModerationAction.RESTORE);
        assertThat(moderation.log(PageRequest.of(0, 20))).filteredOn(l -> l.action() == ModerationAction.RESTORE).first()
                .satisfies(l -> assertThat(l.reason()).isEqualTo("not spam after all"));
    }

    @Test
    void the_review_queue_shows_one_community_or_all_that_the_moderator_looks_after() {
        String first = community(PlaceAccess.OPEN);
        String second = community(PlaceAccess.OPEN);
        UserSummary author = accounts.create("queue-author");
        accounts.signIn(author.email());
        long inFirst = discussions.posts(discussions.startThread(first, "First offer", "Buy here", false), 1, 1).getFirst().id();
        long inSecond = discussions.posts(discussions.startThread(second, "Second offer", "Buy there", false), 1, 1).getFirst().id();
        UserSummary flagger = accounts.create("queue-flagger");
        accounts.signIn(flagger.email());
        moderation.flag(inFirst, "advertising");
        moderation.flag(inSecond, "advertising too");
        assertThatThrownBy(() -> moderation.queue(first)).isInstanceOf(AuthorizationDeniedException.class);

        accounts.signIn(admin.email());
        assertThat(moderation.queue(first)).extracting(ForumViews.FlaggedPost::postId).containsExactly(inFirst);
        assertThat(moderation.queue(second)).extracting(ForumViews.FlaggedPost::postId).containsExactly(inSecond);
        assertThat(moderation.queue(null)).extracting(ForumViews.FlaggedPost::postId).contains(inFirst, inSecond);
    }

    @Test
    void the_log_says_who_when_and_why_and_shows_a_moderator_editing_someone_elses_post() {
        String place = community(PlaceAccess.OPEN);
        UserSummary author = accounts.create("logged-author");
        accounts.signIn(author.email());
        communities.join(place);
        long thread = discussions.startThread(place, "Logged", "Original words", false);
        long post = discussions.posts(thread, 1, 1).getFirst().id();
        discussions.edit(post, "My own correction");
        accounts.signIn(accounts.create("logged-flagger").email());
        moderation.flag(post, "rude");

        accounts.signIn(admin.email());
        java.time.Instant start = clock.instant().minusSeconds(1);
        moderation.pin(thread, true);
        assertThatThrownBy(() -> moderation.restore(post, "  ")).isInstanceOf(InvalidInput.class).hasMessageContaining("validation.required");
        moderation.restore(post, "harsh but fair");
        moderation.mute(place, author.id(), Duration.ofDays(1), "cooling off");
        moderation.unmute(place, author.id(), "apologised");
        discussions.edit(post, "Words changed by a moderator");

        List<ForumViews.LogLine> lines = moderation.log(PageRequest.of(0, 20)).getContent().stream()
                .filter(l -> l.placeTitle().equals(communities.place(place).place().title())).toList();
        assertThat(lines).extracting(ForumViews.LogLine::action, ForumViews.LogLine::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ModerationAction.PIN, ""),
                org.assertj.core.groups.Tuple.tuple(ModerationAction.DISMISS_FLAGS, "harsh but fair"),
                org.assertj.core.groups.Tuple.tuple(ModerationAction.MUTE, "cooling off"),
                org.assertj.core.groups.Tuple.tuple(ModerationAction.UNMUTE, "apologised"),
                org.assertj.core.groups.Tuple.tuple(ModerationAction.EDIT, ""));
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.moderatorName()).isEqualTo(admin.displayName());
            assertThat(l.at()).isBetween(start, clock.instant());
        });
        assertThat(lines).filteredOn(l -> l.action() == ModerationAction.EDIT).singleElement()
                .satisfies(l -> assertThat(l.target()).contains("post " + post));
        assertThat(moderation.queue(place)).isEmpty();
    }

    @Test
    void moderators_lock_pin_move_and_mute() {
        String place = community(PlaceAccess.OPEN);
        String other = community(PlaceAccess.OPEN);
        UserSummary member = accounts.create("loud-member");
        accounts.signIn(member.email());
        communities.join(place);
        long thread = discussions.startThread(place, "Heated", "Strong words", false);

        accounts.signIn(admin.email());
        moderation.lock(thread, true, "cooling down");
        moderation.pin(thread, true);
        accounts.signIn(member.email());
        assertThatThrownBy(() -> discussions.reply(thread, "More")).isInstanceOf(InvalidInput.class).hasMessageContaining("forum.locked");
        assertThat(discussions.threads(place, PageRequest.of(0, 1)).getContent().getFirst().pinned()).isTrue();

        accounts.signIn(admin.email());
        moderation.move(thread, other, "belongs there");
        moderation.mute(place, member.id(), Duration.ofDays(1), "too loud");
        accounts.signIn(member.email());
        assertThat(discussions.threads(other, PageRequest.of(0, 10))).extracting(ThreadLine::id).contains(thread);
        assertThatThrownBy(() -> discussions.startThread(place, "Again", "Still loud", false)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("forum.muted");
        clock.advance(Duration.ofDays(2));
        discussions.startThread(place, "Calmer", "Sorry", false);
    }

    @Test
    void a_wiki_post_is_edited_by_every_member_with_its_history_and_listed_in_the_library() {
        String place = community(PlaceAccess.OPEN);
        UserSummary author = accounts.create("wiki-author");
        accounts.signIn(author.email());
        long thread = discussions.startThread(place, "Lessons learned", "1. Write it down", false);
        discussions.makeWiki(thread);
        long post = discussions.posts(thread, 1, 1).getFirst().id();

        UserSummary colleague = accounts.create("wiki-colleague");
        accounts.signIn(colleague.email());
        clock.advance(Duration.ofHours(2));
        discussions.edit(post, "1. Write it down\n2. Share it early");
        assertThat(discussions.library(place)).extracting(ThreadLine::title).containsExactly("Lessons learned");
        assertThat(discussions.history(post)).extracting(ForumViews.Revision::markdown).containsExactly("1. Write it down");
        assertThat(discussions.posts(thread, 1, 1).getFirst().html()).contains("Share it early");
    }

    @Test
    void answers_are_chosen_by_the_asker_and_reactions_toggle() {
        String place = community(PlaceAccess.OPEN);
        UserSummary asker = accounts.create("question-asker");
        accounts.signIn(asker.email());
        long thread = discussions.startThread(place, "Which agreement first?", "NDA or MoU?", true);
        UserSummary helper = accounts.create("helpful");
        accounts.signIn(helper.email());
        PostLine reply = discussions.reply(thread, "An NDA, before you share anything.");
        assertThatThrownBy(() -> discussions.markAnswer(reply.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(discussions.react(reply.id(), Reaction.LIKE)).isTrue();

        accounts.signIn(asker.email());
        assertThat(discussions.react(reply.id(), Reaction.LIKE)).isTrue();
        assertThat(discussions.react(reply.id(), Reaction.THANKS)).isTrue();
        assertThat(discussions.react(reply.id(), Reaction.THANKS)).isFalse();
        discussions.markAnswer(reply.id());
        PostLine shown = discussions.posts(thread, 2, 2).getFirst();
        assertThat(shown.answer()).isTrue();
        assertThat(shown.reactions()).containsEntry(Reaction.LIKE, 2).doesNotContainKey(Reaction.THANKS);
        assertThat(shown.mine()).containsExactly(Reaction.LIKE);
        assertThat(discussions.threads(place, PageRequest.of(0, 5)).getContent().getFirst().answered()).isTrue();
    }

    @Test
    void a_moderator_chooses_the_answer_and_deletes_softly_with_a_log_entry() {
        String place = community(PlaceAccess.OPEN);
        UserSummary asker = accounts.create("absent-asker");
        accounts.signIn(asker.email());
        long thread = discussions.startThread(place, "Which fair?", "Hannover or Leipzig?", true);
        UserSummary helper = accounts.create("fair-helper");
        accounts.signIn(helper.email());
        PostLine good = discussions.reply(thread, "Hannover, for machines.");
        PostLine spam = discussions.reply(thread, "Buy tickets from me.");

        accounts.signIn(admin.email());
        discussions.markAnswer(good.id());
        assertThat(discussions.posts(thread, 2, 2).getFirst().answer()).isTrue();
        assertThat(discussions.thread(thread).answerPostId()).isEqualTo(good.id());
        discussions.delete(spam.id());

        accounts.signIn(helper.email());
        PostLine deleted = discussions.posts(thread, 3, 3).getFirst();
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.html()).isEmpty();
        assertThat(discussions.thread(thread).posts()).as("a soft delete keeps the post's place").isEqualTo(3);
        assertThatThrownBy(() -> discussions.markAnswer(spam.id())).isInstanceOf(AuthorizationDeniedException.class);

        accounts.signIn(admin.email());
        assertThatThrownBy(() -> discussions.markAnswer(spam.id())).isInstanceOf(InvalidInput.class).hasMessageContaining("forum.not-an-answer");
        assertThat(moderation.log(PageRequest.of(0, 20))).filteredOn(l -> l.action() == ModerationAction.DELETE)
                .filteredOn(l -> l.target().equals("post " + spam.id() + " in thread " + thread)).singleElement()
                .satisfies(l -> assertThat(l.moderatorName()).isEqualTo(admin.displayName()));
    }

    @Test
    void search_finds_only_what_the_user_may_see() {
        String open = community(PlaceAccess.OPEN);
        String closed = community(PlaceAccess.MEMBERS_ONLY);
        String word = "kaizen" + UUID.randomUUID().toString().substring(0, 6);
        accounts.signIn(admin.email());
        discussions.startThread(open, "Open " + word, "We practise " + word + " weekly", false);
        discussions.startThread(closed, "Closed " + word, "Secret " + word + " plans", false);

        UserSummary reader = accounts.create("searcher");
        accounts.signIn(reader.email());
        List<ForumViews.SearchHit> hits = search.search(word, 0, 20);
        assertThat(hits).extracting(ForumViews.SearchHit::threadTitle).containsExactly("Open " + word);
        assertThat(hits.getFirst().excerpt()).contains(word);
        assertThat(search.search("   ", 0, 20)).isEmpty();
        assertThat(search.search("'; drop table forum_post; --", 0, 20)).isEmpty();
    }

    @Test
    void hostile_posts_are_rendered_harmless_and_oversized_ones_refused_without_saving() {
        String place = community(PlaceAccess.OPEN);
        UserSummary author = regular("hostile", place);
        accounts.signIn(author.email());
        long thread = discussions.startThread(place, "Tricks\u200B\u202E", """
                <script>alert(1)</script>

                [x](javascript:alert(1))

                <img src=x onerror=alert(1)>

                ![t](https://tracker.example/p.gif) ![ok](/forum/attachments/1)
                """, false);
        PostLine post = discussions.posts(thread, 1, 1).getFirst();
        assertThat(post.html()).doesNotContain("<script", "<img src=\"x\"", "href=\"javascript", "src=\"https://tracker")
                .contains("&lt;script&gt;", "src=\"/forum/attachments/1\"");
        assertThat(discussions.thread(thread).title()).isEqualTo("Tricks");

        String huge = "a".repeat(PostText.MAX_LENGTH + 1);
        assertThatThrownBy(() -> discussions.reply(thread, huge)).isInstanceOf(InvalidInput.class).hasMessageContaining("forum.too-long");
        String crowd = String.join(" ", java.util.stream.IntStream.range(0, 2_000).mapToObj(i -> "@m" + i).toList());
        assertThatThrownBy(() -> discussions.reply(thread, crowd)).isInstanceOf(InvalidInput.class).hasMessageContaining("forum.too-many-mentions");
        assertThat(discussions.thread(thread).posts()).isEqualTo(1);
    }
}
