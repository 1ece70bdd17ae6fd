package org.collabacademy.forum;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Announces a post on the live feed once its transaction has committed (a rolled-back reply is never shown). */
@Component
class LivePublisher {

    private final LiveFeed feed;

    LivePublisher(LiveFeed feed) {
        this.feed = feed;
    }

    @TransactionalEventListener
    void on(ForumEvents.PostPublished post) {
        feed.publish(post);
    }
}
