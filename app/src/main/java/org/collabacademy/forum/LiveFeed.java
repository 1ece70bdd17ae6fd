package org.collabacademy.forum;

/** Carries new posts from the node that wrote them to every node's {@link LiveReplies}. */
interface LiveFeed {

    void publish(ForumEvents.PostPublished post);
}
