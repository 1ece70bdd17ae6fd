package org.collabacademy.forum;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.forum.ForumViews.PostLine;
import org.collabacademy.forum.ForumViews.Revision;
import org.collabacademy.forum.ForumViews.ThreadLine;
import org.collabacademy.forum.ForumViews.ThreadOverview;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threads and posts: reading (a stretch at a time, with unread markers), writing (threads, replies, quotes,
 * edits within the edit window, soft deletes), reactions, answers and wiki posts. Every method checks what the
 * signed-in user may do in the place.
 */
@Service
@Transactional
public class Discussions {

    /** Members with fewer posts than this are new: a few posts an hour and no links, so that spam waves stay small. */
    static final int NEW_MEMBER_POSTS = 5;
    static final int NEW_MEMBER_POSTS_PER_HOUR = 3;

    private final Access access;
    private final Profiles profiles;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final ForumProfileRepository people;
    private final SubscriptionRepository subscriptions;
    private final NotificationRepository notifications;
    private final NotificationFanout fanout;
    private final ModerationLog moderation;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration editWindow;

    Discussions(Access access, Profiles profiles, ThreadRepository threads, PostRepository posts, PostRevisionRepository revisions,
                ForumProfileRepository people, SubscriptionRepository subscriptions, NotificationRepository notifications,
                NotificationFanout fanout, ModerationLog moderation, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
                @Value("${collabacademy.forum.edit-window:30m}") Duration editWindow) {
        this.access = access;
        this.profiles = profiles;
        this.threads = threads;
        this.posts = posts;
        this.revisions = revisions;
        this.people = people;
        this.subscriptions = subscriptions;
        this.notifications = notifications;
        this.fanout = fanout;
        this.moderation = moderation;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.editWindow = editWindow;
    }

    // ---- reading ----------------------------------------------------------------------------------------

    /** A place's threads, pinned first, with the signed-in user's unread counts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<ThreadLine> threads(String placeKey, Pageable page) {
        Place place = access.place(placeKey);
        access.requireRead(place);
        Page<ForumThread> found = threads.inPlace(place.id(), access.canModerate(place), page);
        Map<Long, Integer> read = readMarks(found.getContent().stream().map(ForumThread::id).toList());
        Map<Long, String> names = names(found.getContent().stream().map(ForumThread::authorId).toList());
        return found.map(t -> new ThreadLine(t.id(), t.title(), name(names, t.authorId()), t.question(), t.answerPostId() != null,
                t.pinned(), t.locked(), t.hidden(), t.wiki(), t.postCount(), t.lastPostAt(),
                read.containsKey(t.id()) ? t.postCount() - read.get(t.id()) : -1));
    }

    /** A community's library: its wiki posts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ThreadLine> library(String placeKey) {
        Place place = access.place(placeKey);
        access.requireRead(place);
        return threads.findByPlaceIdAndWikiTrueAndHiddenFalseOrderByTitle(place.id()).stream()
                .map(t -> new ThreadLine(t.id(), t.title(), "", t.question(), false, t.pinned(), t.locked(), false, true, t.postCount(),
                        t.lastPostAt(), 0)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ThreadOverview thread(long threadId) {
        ForumThread thread = readableThread(threadId);
        Place place = access.place(thread.placeId());
        long me = Access.signedIn().userId();
        int lastRead = readMarks(List.of(threadId)).getOrDefault(threadId, 0);
        Subscription onThread = subscriptions.findByUserIdAndPlaceIdAndThreadId(me, 0, threadId).orElse(null);
        Subscription onPlace = subscriptions.findByUserIdAndPlaceIdAndThreadId(me, place.id(), 0).orElse(null);
        Subscription choice = onThread != null ? onThread : onPlace;
        EmailMode email = choice != null ? choice.email() : people.findById(me).map(ForumProfile::emailDefault).orElse(EmailMode.DAILY);
        boolean moderator = access.canModerate(place);
        return new ThreadOverview(thread.id(), place.summary(), thread.title(), thread.question(), thread.answerPostId(), thread.pinned(),
                thread.locked(), thread.hidden(), thread.wiki(), thread.postCount(), Math.min(lastRead + 1, Math.max(1, thread.postCount())),
                thread.moduleKey(), access.canPost(place) && (!thread.locked() || moderator), moderator,
                thread.authorId() != null && thread.authorId() == me, choice == null ? Level.TRACKING : choice.level(), email);
    }

    /**
     * Posts {@code from} to {@code to} (by number) of a thread: one indexed range read, so that a stretch of a
     * thread with 10,000 replies loads as fast as one of a thread with 10.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PostLine> posts(long threadId, int from, int to) {
        ForumThread thread = readableThread(threadId);
        Place place = access.place(thread.placeId());
        boolean moderator = access.canModerate(place);
        boolean canPost = access.canPost(place) && !thread.locked();
        long me = Access.signedIn().userId();
        List<Post> found = posts.findByThreadIdAndNumberBetweenOrderByNumber(threadId, Math.max(1, from), to);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Post::id).toList();
        Map<Long, ForumProfile> authors = new HashMap<>();
        people.findAllById(found.stream().map(Post::authorId).filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(p -> authors.put(p.userId(), p));
        Map<Long, Map<Reaction, Integer>> counts = new HashMap<>();
        Map<Long, List<Reaction>> mine = new HashMap<>();
        jdbc.sql("select post_id, reaction, count(*) from forum_reaction where post_id in (:ids) group by post_id, reaction")
                .param("ids", ids).query((rs, n) -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Reaction.class)).put(Reaction.valueOf(rs.getString(2)), rs.getInt(3));
                    return null;
                }).list();
        jdbc.sql("select post_id, reaction from forum_reaction where user_id = :me and post_id in (:ids)")
                .param("me", me).param("ids", ids).query((rs, n) -> {
                    mine.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Reaction.valueOf(rs.getString(2)));
                    return null;
                }).list();
        Map<Long, Boolean> edited = new HashMap<>();
        jdbc.sql("select distinct post_id from forum_post_revision where post_id in (:ids)").param("ids", ids)
                .query((rs, n) -> edited.put(rs.getLong(1), true)).list();
        Instant now = clock.instant();
        List<PostLine> lines = new ArrayList<>();
        for (Post post : found) {
            ForumProfile author = post.authorId() == null ? null : authors.get(post.authorId());
            boolean own = post.authorId() != null && post.authorId() == me;
            boolean concealed = post.deleted() || post.hidden() && !moderator;
            boolean wikiPost = thread.wiki() && post.number() == 1;
            boolean canEdit = !post.deleted() && (moderator || own && now.isBefore(post.createdAt().plus(editWindow)) && canPost
                    || wikiPost && canPost);
            lines.add(new PostLine(post.id(), post.number(), post.authorId(), author == null ? "CollabAcademy" : author.displayName(),
                    author == null ? "" : author.handle(), concealed ? "" : post.html(), concealed || !canEdit && !moderator ? "" : post.markdown(),
                    post.createdAt(), post.editedAt(), post.deleted(), post.hidden(), thread.answerPostId() != null && thread.answerPostId() == post.id(),
                    counts.getOrDefault(post.id(), Map.of()), mine.getOrDefault(post.id(), List.of()), own, canEdit,
                    !post.deleted() && (moderator || own), edited.containsKey(post.id()) && (moderator || wikiPost)));
        }
        return lines;
    }

    /** Remembers how far the signed-in user has read a thread (never backwards) and clears its notifications. */
    @PreAuthorize("isAuthenticated()")
    public void markRead(long threadId, int upToNumber) {
        ForumThread thread = readableThread(threadId);
        long me = Access.signedIn().userId();
        int number = Math.min(upToNumber, thread.postCount());
        int updated = jdbc.sql("update forum_read set last_number = :n where user_id = :u and thread_id = :t and last_number < :n")
                .param("n", number).param("u", me).param("t", threadId).update();
        if (updated == 0 && readMarks(List.of(threadId)).isEmpty()) {
            jdbc.sql("insert into forum_read (user_id, thread_id, last_number) values (:u, :t, :n)")
                    .param("u", me).param("t", threadId).param("n", number).update();
        }
        if (number >= thread.postCount()) {
            notifications.readThread(me, threadId, clock.instant());
        }
    }

    /** The live preview of a post being written: the same sanitized HTML the post will have. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String preview(String markdown) {
        return PostText.preview(markdown);
    }

    /** The thread of a course module ("Discuss this module"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long moduleThread(String courseKey, String moduleKey) {
        Place board = access.placeOfCourse(courseKey);
        access.requireRead(board);
        return threads.findByPlaceIdAndModuleKey(board.id(), moduleKey).map(ForumThread::id)
                .orElseThrow(() -> new InvalidInput("module", "forum.no-such-thread"));
    }

    // ---- writing ----------------------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    public long startThread(String placeKey, String title, String markdown, boolean question) {
        Place place = access.place(placeKey);
        access.requirePost(place);
        String cleanTitle = PostText.title(title);
        PostText.Rendered text = PostText.render(markdown, "text");
        ForumProfile me = profiles.me();
        checkNewMember(me, text);
        ForumThread thread = threads.save(new ForumThread(place.id(), cleanTitle, me.userId(), question, null, clock.instant()));
        publish(place, thread, me, text);
        return thread.id();
    }

    @PreAuthorize("isAuthenticated()")
    public PostLine reply(long threadId, String markdown) {
        ForumThread thread = threads.lockById(threadId).orElseThrow(() -> new InvalidInput("thread", "forum.no-such-thread"));
        Place place = access.place(thread.placeId());
        access.requirePost(place);
        if (thread.hidden() && !access.canModerate(place)) {
            throw new InvalidInput("thread", "forum.no-such-thread");
        }
        if (thread.locked() && !access.canModerate(place)) {
            throw new InvalidInput("text", "forum.locked");
        }
        PostText.Rendered text = PostText.render(markdown, "text");
        ForumProfile me = profiles.me();
        checkNewMember(me, text);
        Post post = publish(place, thread, me, text);
        return posts(threadId, post.number(), post.number()).getFirst();
    }

    /** The Markdown that quotes a post in a reply, mentioning its author so that they hear of it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String quote(long postId) {
        Post post = readablePost(postId);
        if (post.deleted() || post.hidden()) {
            return "";
        }
        String author = post.authorId() == null ? "" : people.findById(post.authorId()).map(p -> "@" + p.handle() + " ").orElse("");
        StringBuilder quote = new StringBuilder("> ").append(author).append("(#").append(post.number()).append(")\n>\n");
        post.markdown().lines().limit(20).forEach(line -> quote.append("> ").append(line).append('\n'));
        return quote.append('\n').toString();
    }

    @PreAuthorize("isAuthenticated()")
    public PostLine edit(long postId, String markdown) {
        Post post = readablePost(postId);
        ForumThread thread = threads.findById(post.threadId()).orElseThrow();
        Place place = access.place(thread.placeId());
        long me = Access.signedIn().userId();
        boolean moderator = access.canModerate(place);
        boolean own = post.authorId() != null && post.authorId() == me;
        boolean wikiPost = thread.wiki() && post.number() == 1 && access.canPost(place);
        if (post.deleted()) {
            throw new InvalidInput("text", "forum.deleted");
        }
        if (!moderator && !wikiPost) {
            if (!own) {
                throw new AuthorizationDeniedException("Only the author, wiki editors and moderators edit a post");
            }
            if (!clock.instant().isBefore(post.createdAt().plus(editWindow))) {
                throw new InvalidInput("text", "forum.edit-window", editWindow.toMinutes());
            }
            access.requirePost(place);
        }
        PostText.Rendered text = PostText.render(markdown, "text");
        if (text.markdown().equals(post.markdown())) {
            return posts(thread.id(), post.number(), post.number()).getFirst();
        }
        revisions.save(new PostRevision(post.id(), post.markdown(), me, clock.instant()));
        post.edit(text, clock.instant());
        if (moderator && !own && !wikiPost) {
            // changing someone else's words is a moderation action, logged like the others
            moderation.record(place, ModerationAction.EDIT, "post " + post.id() + " in thread " + thread.id(), "");
        }
        posts.flush();
        return posts(thread.id(), post.number(), post.number()).getFirst();
    }

    /** Deletes softly: the post keeps its place in the thread but shows that it was deleted. */
    @PreAuthorize("isAuthenticated()")
    public void delete(long postId) {
        Post post = readablePost(postId);
        ForumThread thread = threads.findById(post.threadId()).orElseThrow();
        Place place = access.place(thread.placeId());
        long me = Access.signedIn().userId();
        boolean moderator = access.canModerate(place);
        if (!moderator && (post.authorId() == null || post.authorId() != me)) {
            throw new AuthorizationDeniedException("Only the author and moderators delete a post");
        }
        post.delete(clock.instant());
        if (moderator && (post.authorId() == null || post.authorId() != me)) {
            moderation.record(place, ModerationAction.DELETE, "post " + post.id() + " in thread " + thread.id(), "");
        }
    }

    /** Adds the reaction, or takes it back when the user had given it already. Returns whether it is now given. */
    @PreAuthorize("isAuthenticated()")
    public boolean react(long postId, Reaction reaction) {
        Post post = readablePost(postId);
        if (post.deleted() || post.hidden()) {
            throw new InvalidInput("post", "forum.deleted");
        }
        long me = profiles.me().userId();
        int removed = jdbc.sql("delete from forum_reaction where post_id = :p and user_id = :u and reaction = :r")
                .param("p", postId).param("u", me).param("r", reaction.name()).update();
        if (removed > 0) {
            return false;
        }
        jdbc.sql("insert into forum_reaction (post_id, user_id, reaction) values (:p, :u, :r)")
                .param("p", postId).param("u", me).param("r", reaction.name()).update();
        return true;
    }

    /** Marks (or, with the same post again, unmarks) the answer of a question thread: its asker or a moderator. */
    @PreAuthorize("isAuthenticated()")
    public void markAnswer(long postId) {
        Post post = readablePost(postId);
        ForumThread thread = threads.findById(post.threadId()).orElseThrow();
        Place place = access.place(thread.placeId());
        boolean asker = thread.authorId() != null && thread.authorId() == Access.signedIn().userId();
        if (!asker && !access.canModerate(place)) {
            throw new AuthorizationDeniedException("Only the asker and moderators choose the answer");
        }
        if (!thread.question() || post.number() == 1 || post.deleted()) {
            throw new InvalidInput("post", "forum.not-an-answer");
        }
        thread.answer(thread.answerPostId() != null && thread.answerPostId() == postId ? null : postId);
    }

    /** Turns a thread's first post into a wiki post that every member may edit (its author or a moderator decides). */
    @PreAuthorize("isAuthenticated()")
    public void makeWiki(long threadId) {
        ForumThread thread = readableThread(threadId);
        Place place = access.place(thread.placeId());
        boolean author = thread.authorId() != null && thread.authorId() == Access.signedIn().userId();
        if (!author && !access.canModerate(place)) {
            throw new AuthorizationDeniedException("Only the thread's author and moderators make a wiki post");
        }
        thread.makeWiki();
        moderation.record(place, ModerationAction.WIKI, "thread " + thread.id() + " \"" + thread.title() + "\"", "");
    }

    /** Earlier versions of a post: for moderators, and for everyone on wiki posts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Revision> history(long postId) {
        Post post = readablePost(postId);
        ForumThread thread = threads.findById(post.threadId()).orElseThrow();
        if (!(thread.wiki() && post.number() == 1) && !access.canModerate(access.place(thread.placeId()))) {
            throw new AuthorizationDeniedException("Edit history is for moderators");
        }
        List<PostRevision> found = revisions.findByPostIdOrderByEditedAtDesc(postId);
        Map<Long, String> names = names(found.stream().map(r -> (Long) r.editorId()).toList());
        return found.stream().map(r -> new Revision(r.markdown(), name(names, r.editorId()), r.editedAt())).toList();
    }

    // ---- following ----------------------------------------------------------------------------------------

    /** How closely the signed-in user follows a thread, and whether by e-mail. */
    @PreAuthorize("isAuthenticated()")
    public void followThread(long threadId, Level level, EmailMode email) {
        readableThread(threadId);
        choose(profiles.me().userId(), 0, threadId, level, email);
    }

    /** How closely the signed-in user follows a community or board, and whether by e-mail. */
    @PreAuthorize("isAuthenticated()")
    public void followPlace(String placeKey, Level level, EmailMode email) {
        Place place = access.place(placeKey);
        access.requireRead(place);
        choose(profiles.me().userId(), place.id(), 0, level, email);
    }

    private void choose(long userId, long placeId, long threadId, Level level, EmailMode email) {
        subscriptions.findByUserIdAndPlaceIdAndThreadId(userId, placeId, threadId)
                .ifPresentOrElse(s -> s.choose(level, email), () -> subscriptions.save(new Subscription(userId, placeId, threadId, level, email)));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private Post publish(Place place, ForumThread thread, ForumProfile author, PostText.Rendered text) {
        int number = thread.nextNumber(clock.instant());
        Post post = posts.save(new Post(thread.id(), number, author.userId(), text, clock.instant()));
        author.countPost();
        fanout.fanOut(place, thread, post, text.mentions());
        events.publishEvent(new ForumEvents.PostPublished(place.id(), thread.id(), post.id(), number, author.userId()));
        return post;
    }

    private void checkNewMember(ForumProfile me, PostText.Rendered text) {
        if (me.postCount() >= NEW_MEMBER_POSTS || Access.isStaff()) {
            return;
        }
        if (text.links()) {
            throw new InvalidInput("text", "forum.no-links-yet", NEW_MEMBER_POSTS);
        }
        if (posts.countByAuthorIdAndCreatedAtAfter(me.userId(), clock.instant().minus(Duration.ofHours(1))) >= NEW_MEMBER_POSTS_PER_HOUR) {
            throw new InvalidInput("text", "forum.slow-down", NEW_MEMBER_POSTS_PER_HOUR);
        }
    }

    private ForumThread readableThread(long threadId) {
        ForumThread thread = threads.findById(threadId).orElseThrow(() -> new InvalidInput("thread", "forum.no-such-thread"));
        Place place = access.place(thread.placeId());
        access.requireRead(place);
        if (thread.hidden() && !access.canModerate(place)) {
            throw new InvalidInput("thread", "forum.no-such-thread");
        }
        return thread;
    }

    private Post readablePost(long postId) {
        Post post = posts.findById(postId).orElseThrow(() -> new InvalidInput("post", "forum.no-such-post"));
        readableThread(post.threadId());
        return post;
    }

    private Map<Long, Integer> readMarks(List<Long> threadIds) {
        if (threadIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> read = new HashMap<>();
        jdbc.sql("select thread_id, last_number from forum_read where user_id = :u and thread_id in (:ids)")
                .param("u", Access.signedIn().userId()).param("ids", threadIds)
                .query((rs, n) -> read.put(rs.getLong(1), rs.getInt(2))).list();
        return read;
    }

    private Map<Long, String> names(List<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        people.findAllById(userIds.stream().filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(p -> names.put(p.userId(), p.displayName()));
        return names;
    }

    private static String name(Map<Long, String> names, Long userId) {
        return userId == null ? "CollabAcademy" : names.getOrDefault(userId, "?");
    }
}
