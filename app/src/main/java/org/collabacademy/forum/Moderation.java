package org.collabacademy.forum;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.forum.ForumViews.FlaggedPost;
import org.collabacademy.forum.ForumViews.LogLine;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping discussions healthy: members flag posts; enough flags from different members hide a post until a
 * moderator reviews it; moderators hide, restore, lock, pin, move and mute. Every action goes to the log.
 */
@Service
@Transactional
public class Moderation {

    private final Access access;
    private final Profiles profiles;
    private final PostRepository posts;
    private final ThreadRepository threads;
    private final FlagRepository flags;
    private final MemberRepository members;
    private final PlaceRepository places;
    private final ForumProfileRepository people;
    private final ModerationLogRepository entries;
    private final ModerationLog log;
    private final Clock clock;
    private final int flagsToHide;

    Moderation(Access access, Profiles profiles, PostRepository posts, ThreadRepository threads, FlagRepository flags,
               MemberRepository members, PlaceRepository places, ForumProfileRepository people, ModerationLogRepository entries,
               ModerationLog log, Clock clock, @Value("${collabacademy.forum.flags-to-hide:3}") int flagsToHide) {
        this.access = access;
        this.profiles = profiles;
        this.posts = posts;
        this.threads = threads;
        this.flags = flags;
        this.members = members;
        this.places = places;
        this.people = people;
        this.entries = entries;
        this.log = log;
        this.clock = clock;
        this.flagsToHide = flagsToHide;
    }

    /** A member's flag; once {@code flagsToHide} different members have flagged a post it is hidden until reviewed. */
    @PreAuthorize("isAuthenticated()")
    public void flag(long postId, String reason) {
        Post post = posts.findById(postId).orElseThrow(() -> new InvalidInput("post", "forum.no-such-post"));
        ForumThread thread = threads.findById(post.threadId()).orElseThrow();
        Place place = access.place(thread.placeId());
        access.requireRead(place);
        String why = PostText.clean(reason).strip();
        if (why.isEmpty()) {
            throw new InvalidInput("reason", "validation.required");
        }
        if (why.length() > 500) {
            throw new InvalidInput("reason", "validation.too-long", 500);
        }
        long me = profiles.me().userId();
        if (post.authorId() != null && post.authorId() == me) {
            throw new InvalidInput("reason", "forum.flag-own");
        }
        if (flags.existsByPostIdAndUserId(postId, me)) {
            throw new InvalidInput("reason", "forum.flagged-already");
        }
        flags.save(new Flag(postId, me, why, clock.instant()));
        int open = (int) flags.countByPostIdAndResolvedAtIsNull(postId);
        post.flagged(open);
        if (open >= flagsToHide && !post.hidden()) {
            post.hide(true);
            log.record(place, ModerationAction.AUTO_HIDE, target(post, thread), open + " flags");
        }
    }

    /**
     * Posts with open flags in the places the signed-in moderator looks after: in one community or board
     * (its key), or in all of them ({@code null}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FlaggedPost> queue(@Nullable String placeKey) {
        Set<Long> mine;
        if (placeKey == null) {
            mine = moderated();
        } else {
            Place place = access.place(placeKey);
            access.requireModerate(place);
            mine = Set.of(place.id());
        }
        if (mine.isEmpty()) {
            return List.of();
        }
        List<FlaggedPost> queue = new ArrayList<>();
        for (long postId : flags.flaggedPosts(mine)) {
            Post post = posts.findById(postId).orElseThrow();
            ForumThread thread = threads.findById(post.threadId()).orElseThrow();
            Place place = access.place(thread.placeId());
            String author = post.authorId() == null ? "CollabAcademy" : people.findById(post.authorId()).map(ForumProfile::displayName).orElse("?");
            queue.add(new FlaggedPost(post.id(), thread.id(), thread.title(), place.key(), place.title(), post.number(), author,
                    post.html(), post.hidden(), flags.findByPostIdAndResolvedAtIsNull(postId).stream().map(Flag::reason).toList()));
        }
        return queue;
    }

    /** Hides a post (it stays in the thread as "hidden by a moderator") and closes its flags. */
    @PreAuthorize("isAuthenticated()")
    public void hide(long postId, String reason) {
        Post post = moderatedPost(postId);
        post.hide(true);
        resolveFlags(postId);
        log.record(placeOf(post), ModerationAction.HIDE, target(post, threadOf(post)), reason);
    }

    /**
     * Shows a hidden post again, or keeps a flagged one, and dismisses its flags. Overruling members' flags
     * needs a reason for the log.
     */
    @PreAuthorize("isAuthenticated()")
    public void restore(long postId, String reason) {
        Post post = moderatedPost(postId);
        String why = requireReason(reason);
        boolean wasHidden = post.hidden();
        post.hide(false);
        post.flagged(0);
        resolveFlags(postId);
        log.record(placeOf(post), wasHidden ? ModerationAction.RESTORE : ModerationAction.DISMISS_FLAGS, target(post, threadOf(post)), why);
    }

    @PreAuthorize("isAuthenticated()")
    public void lock(long threadId, boolean locked, String reason) {
        ForumThread thread = moderatedThread(threadId);
        thread.lock(locked);
        log.record(access.place(thread.placeId()), locked ? ModerationAction.LOCK : ModerationAction.UNLOCK, target(thread), reason);
    }

    @PreAuthorize("isAuthenticated()")
    public void pin(long threadId, boolean pinned) {
        ForumThread thread = moderatedThread(threadId);
        thread.pin(pinned);
        log.record(access.place(thread.placeId()), pinned ? ModerationAction.PIN : ModerationAction.UNPIN, target(thread), "");
    }

    @PreAuthorize("isAuthenticated()")
    public void hideThread(long threadId, boolean hidden, String reason) {
        ForumThread thread = moderatedThread(threadId);
        thread.hide(hidden);
        log.record(access.place(thread.placeId()), hidden ? ModerationAction.HIDE : ModerationAction.RESTORE, target(thread), reason);
    }

    /** Moves a thread to another place; the moderator must look after both. */
    @PreAuthorize("isAuthenticated()")
    public void move(long threadId, String toPlaceKey, String reason) {
        ForumThread thread = moderatedThread(threadId);
        Place from = access.place(thread.placeId());
        Place to = access.place(toPlaceKey);
        access.requireModerate(to);
        if (thread.moduleKey() != null) {
            throw new InvalidInput("place", "forum.module-thread-stays");
        }
        thread.moveTo(to.id());
        log.record(from, ModerationAction.MOVE, target(thread) + " → " + to.key(), reason);
        log.record(to, ModerationAction.MOVE, target(thread) + " ← " + from.key(), reason);
    }

    /** Mutes a member in one place for a while: they read but cannot post there. */
    @PreAuthorize("isAuthenticated()")
    public void mute(String placeKey, long userId, Duration duration, String reason) {
        Place place = access.place(placeKey);
        access.requireModerate(place);
        requireNotSelf(userId);
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(365)) > 0) {
            throw new InvalidInput("duration", "forum.mute-duration");
        }
        Instant until = clock.instant().plus(duration);
        Member member = members.findByPlaceIdAndUserId(place.id(), userId)
                .orElseGet(() -> members.save(new Member(place.id(), userId, place.kind() == PlaceKind.COMMUNITY && place.access() == PlaceAccess.OPEN
                        ? MemberStatus.MEMBER : MemberStatus.PENDING, clock.instant())));
        member.muteUntil(until);
        log.record(place, ModerationAction.MUTE, "member " + userId + " until " + until, reason);
    }

    @PreAuthorize("isAuthenticated()")
    public void unmute(String placeKey, long userId, String reason) {
        Place place = access.place(placeKey);
        access.requireModerate(place);
        members.findByPlaceIdAndUserId(place.id(), userId).ifPresent(m -> m.muteUntil(null));
        log.record(place, ModerationAction.UNMUTE, "member " + userId, PostText.clean(reason).strip());
    }

    /** The moderation log of the places the signed-in moderator looks after, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<LogLine> log(Pageable page) {
        Set<Long> mine = moderated();
        if (mine.isEmpty()) {
            return Page.empty(page);
        }
        Page<ModerationEntry> found = entries.findByPlaceIdInOrderByAtDesc(mine, page);
        Map<Long, String> names = new HashMap<>();
        people.findAllById(found.getContent().stream().map(ModerationEntry::moderatorId).distinct().toList())
                .forEach(p -> names.put(p.userId(), p.displayName()));
        Map<Long, String> placeTitles = new HashMap<>();
        places.findAllById(found.getContent().stream().map(ModerationEntry::placeId).distinct().toList())
                .forEach(p -> placeTitles.put(p.id(), p.title()));
        return found.map(e -> new LogLine(e.at(), placeTitles.getOrDefault(e.placeId(), "?"),
                e.moderatorId() == ModerationLog.SYSTEM ? "CollabAcademy" : names.getOrDefault(e.moderatorId(), "#" + e.moderatorId()),
                e.action(), e.target(), e.reason()));
    }

    /** Whether the signed-in user moderates anything (the menu shows the review queue only then). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean moderatesAnything() {
        return !moderated().isEmpty();
    }

    private Set<Long> moderated() {
        Set<Long> readable = access.readable();
        return new java.util.HashSet<>(places.findAllById(readable).stream().filter(access::canModerate).map(Place::id).toList());
    }

    private Post moderatedPost(long postId) {
        Post post = posts.findById(postId).orElseThrow(() -> new InvalidInput("post", "forum.no-such-post"));
        access.requireModerate(placeOf(post));
        return post;
    }

    private ForumThread moderatedThread(long threadId) {
        ForumThread thread = threads.findById(threadId).orElseThrow(() -> new InvalidInput("thread", "forum.no-such-thread"));
        access.requireModerate(access.place(thread.placeId()));
        return thread;
    }

    private void resolveFlags(long postId) {
        flags.findByPostIdAndResolvedAtIsNull(postId).forEach(f -> f.resolve(clock.instant()));
    }

    private ForumThread threadOf(Post post) {
        return threads.findById(post.threadId()).orElseThrow();
    }

    private Place placeOf(Post post) {
        return access.place(threadOf(post).placeId());
    }

    private static String target(Post post, ForumThread thread) {
        return "post #" + post.number() + " (" + post.id() + ") in \"" + thread.title() + "\"";
    }

    private static String target(ForumThread thread) {
        return "thread " + thread.id() + " \"" + thread.title() + "\"";
    }

    private static String requireReason(String reason) {
        String why = PostText.clean(reason).strip();
        if (why.isEmpty()) {
            throw new InvalidInput("reason", "validation.required");
        }
        return why;
    }

    private static void requireNotSelf(long userId) {
        if (Access.signedIn().userId() == userId) {
            throw new AuthorizationDeniedException("Moderators do not moderate themselves");
        }
    }
}
