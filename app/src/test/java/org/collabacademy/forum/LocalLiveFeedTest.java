package org.collabacademy.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class LocalLiveFeedTest {

    @Test
    void a_post_reaches_the_readers_outside_the_writers_thread_and_transaction() throws InterruptedException {
        LiveReplies replies = new LiveReplies();
        AtomicReference<Thread> deliveredOn = new AtomicReference<>();
        AtomicBoolean inWritersTransaction = new AtomicBoolean(true);
        CountDownLatch delivered = new CountDownLatch(1);
        replies.listen(7, post -> {
            deliveredOn.set(Thread.currentThread());
            inWritersTransaction.set(TransactionSynchronizationManager.isSynchronizationActive());
            delivered.countDown();
        });
        try (LocalLiveFeed feed = new LocalLiveFeed(replies)) {
            // the writer publishes from its transaction's after-commit phase, with synchronization still bound
            TransactionSynchronizationManager.initSynchronization();
            try {
                feed.publish(new ForumEvents.PostPublished(1, 7, 70, 2, 5));
            } finally {
                TransactionSynchronizationManager.clearSynchronization();
            }
            assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(deliveredOn.get()).isNotSameAs(Thread.currentThread());
        assertThat(inWritersTransaction).isFalse();
    }
}
