package org.collabacademy.forum;

/** One node (the embedded H2 database): new posts go straight to this node's open threads. */
class LocalLiveFeed implements LiveFeed {

    private final LiveReplies replies;

    LocalLiveFeed(LiveReplies replies) {
        this.replies = replies;
    }

    @Override
    public void publish(ForumEvents.PostPublished post) {
        replies.deliver(post);
    }
}
