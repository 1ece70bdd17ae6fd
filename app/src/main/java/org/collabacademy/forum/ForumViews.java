package org.collabacademy.forum;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the forum's services hand to views: plain records, nothing to lazy-load. */
public final class ForumViews {

    private ForumViews() {
    }

    /** A place with what the signed-in user may do there and their membership. */
    public record PlaceOverview(PlaceSummary place, boolean canRead, boolean canPost, boolean canModerate,
                                @Nullable MemberStatus membership, long members, long threads, Level level, EmailMode email) {
    }

    /** A line in a thread list, with the signed-in user's unread count (-1: never opened). */
    public record ThreadLine(long id, String title, String authorName, boolean question, boolean answered, boolean pinned,
                             boolean locked, boolean hidden, boolean wiki, int posts, Instant lastPostAt, int unread) {
    }

    /** A thread as opened: where to start reading and what the user may do. */
    public record ThreadOverview(long id, PlaceSummary place, String title, boolean question, @Nullable Long answerPostId,
                                 boolean pinned, boolean locked, boolean hidden, boolean wiki, int posts, int firstUnread,
                                 @Nullable String moduleKey, boolean canPost, boolean canModerate, boolean isAuthor,
                                 Level level, EmailMode email) {
    }

    /** A post as shown; {@code html} is already sanitized. Hidden and deleted posts carry no text for ordinary readers. */
    public record PostLine(long id, int number, @Nullable Long authorId, String authorName, String authorHandle, String html,
                           String markdown, Instant createdAt, @Nullable Instant editedAt, boolean deleted, boolean hidden,
                           boolean answer, Map<Reaction, Integer> reactions, List<Reaction> mine, boolean own, boolean canEdit,
                           boolean canDelete, boolean hasHistory) {
    }

    public record Revision(String markdown, String editorName, Instant editedAt) {
    }

    /** A notification in the inbox. */
    public record NotificationLine(long id, NotificationReason reason, String placeKey, String placeTitle, long threadId,
                                   String threadTitle, int postNumber, String authorName, String excerpt, Instant at, boolean read) {
    }

    /** A flagged post in the review queue, with the reasons given. */
    public record FlaggedPost(long postId, long threadId, String threadTitle, String placeKey, String placeTitle, int number,
                              String authorName, String html, boolean hidden, List<String> reasons) {
    }

    public record LogLine(Instant at, String placeTitle, String moderatorName, ModerationAction action, String target, String reason) {
    }

    /** A member or join request as moderators see them. */
    public record MemberLine(long userId, String name, String handle, MemberStatus status, boolean moderator,
                             @Nullable Instant mutedUntil, Instant since) {
    }

    /** A search hit: the thread, the post number, and an excerpt. */
    public record SearchHit(String placeKey, String placeTitle, long threadId, String threadTitle, int number, String authorName,
                            String excerpt, Instant at) {
    }
}
