package org.collabacademy.forum;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The open threads on this node and who is looking at them: a view registers while a thread is open and
 * hears of every new post in it, whichever node wrote it (see {@link LiveFeed}).
 */
@Component
public class LiveReplies {

    private static final Logger log = LoggerFactory.getLogger(LiveReplies.class);

    /** Ends a registration (when the view closes). */
    public interface Registration {
        void remove();
    }

    private final Map<Long, List<Consumer<ForumEvents.PostPublished>>> listeners = new ConcurrentHashMap<>();

    public Registration listen(long threadId, Consumer<ForumEvents.PostPublished> listener) {
        listeners.computeIfAbsent(threadId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(threadId, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    void deliver(ForumEvents.PostPublished post) {
        for (Consumer<ForumEvents.PostPublished> listener : listeners.getOrDefault(post.threadId(), List.of())) {
            try {
                listener.accept(post);
            } catch (RuntimeException e) {
                log.warn("A live listener of thread {} failed", post.threadId(), e);
            }
        }
    }
}
