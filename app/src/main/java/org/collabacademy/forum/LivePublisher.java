package org.collabacademy.forum;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces a post on the live feed once its transaction has committed (a rolled-back reply is never shown).
 * <p>
 * Not a {@code @TransactionalEventListener}: Spring Modulith would store each announcement as a durable event
 * publication and mark it complete in a new transaction while the writer still holds its connection. Ten
 * replies at once then held all ten pooled connections and waited for an eleventh (found by the load driver).
 * A live update that is lost in a crash needs no replay: the post is saved, and a reload shows it.
 */
@Component
class LivePublisher {

    private final LiveFeed feed;

    LivePublisher(LiveFeed feed) {
        this.feed = feed;
    }

    @EventListener
    void on(ForumEvents.PostPublished post) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return; // as a transactional listener: nothing is announced outside a transaction
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                feed.publish(post);
            }
        });
    }
}
