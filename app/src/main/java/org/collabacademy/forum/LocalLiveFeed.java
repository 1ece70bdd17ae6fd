package org.collabacademy.forum;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One node (the embedded H2 database): new posts go to this node's open threads, on a thread of the feed's own,
 * as PostgreSQL's listener thread delivers them. Delivering on the writer's thread would run every reader's
 * view update inside the writer's after-commit phase, where their database calls find no transaction, and would
 * make the writer wait for every reader.
 */
class LocalLiveFeed implements LiveFeed, AutoCloseable {

    private final LiveReplies replies;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("forum-live-feed").factory());

    LocalLiveFeed(LiveReplies replies) {
        this.replies = replies;
    }

    @Override
    public void publish(ForumEvents.PostPublished post) {
        delivery.execute(() -> replies.deliver(post));
    }

    @Override
    public void close() {
        delivery.shutdown();
    }
}
