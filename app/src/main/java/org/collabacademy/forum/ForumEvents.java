package org.collabacademy.forum;

import java.util.List;

/** What the forum announces. */
public final class ForumEvents {

    private ForumEvents() {
    }

    /** A new post (a thread's first or a reply), published in the post's transaction. */
    public record PostPublished(long placeId, long threadId, long postId, int number, long authorId) {
    }

    /** Notifications written for a post; the mailer sends the immediate ones after commit. */
    public record NotificationsCreated(List<Long> notificationIds) {
    }
}
