package org.collabacademy.forum;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** Reads live announcements that a test listens to. */
final class Announced {

    private Announced() {
    }

    /**
     * The next announcement that is not the thread's opening post, or null after the wait: the opening post's own
     * announcement is delivered asynchronously (on the local feed's thread, or by NOTIFY), so it can still arrive
     * after a test that started the thread has begun to listen.
     */
    static ForumEvents.PostPublished nextReply(BlockingQueue<ForumEvents.PostPublished> queue, Duration wait) throws InterruptedException {
        ForumEvents.PostPublished post = queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        return post != null && post.number() == 1 ? queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS) : post;
    }
}
