package org.collabacademy.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.collabacademy.PostgresTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Two nodes on one PostgreSQL: this application context is node 1; node 2 is a second live feed with its own
 * database connection and its own open threads. A reply written on node 1 reaches a reader on node 2.
 */
@PostgresTest
class LiveRepliesPostgresTest {

    @Autowired Communities communities;
    @Autowired Discussions discussions;
    @Autowired LiveReplies nodeOneReplies;
    @Autowired LiveFeed nodeOneFeed;
    @Autowired DataSourceProperties database;
    @Autowired TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_reply_written_on_one_node_reaches_a_reader_on_the_other() throws Exception {
        assertThat(nodeOneFeed).isInstanceOf(PostgresLiveFeed.class);
        LiveReplies nodeTwoReplies = new LiveReplies();
        try (PostgresLiveFeed nodeTwo = new PostgresLiveFeed(database.determineUrl(), database.determineUsername(), database.determinePassword(),
                nodeTwoReplies)) {
            accounts.signIn(accounts.create("live-admin", Role.ADMIN).email());
            String place = communities.createCommunity("Live " + UUID.randomUUID().toString().substring(0, 8), "", PlaceCategory.TOPIC,
                    PlaceAccess.OPEN).place().key();
            long thread = discussions.startThread(place, "Live thread", "Opening post", false);
            BlockingQueue<ForumEvents.PostPublished> onNodeTwo = new ArrayBlockingQueue<>(10);
            BlockingQueue<ForumEvents.PostPublished> onNodeOne = new ArrayBlockingQueue<>(10);
            nodeTwoReplies.listen(thread, onNodeTwo::add);
            nodeOneReplies.listen(thread, onNodeOne::add);
            Thread.sleep(1500); // node 2's listener connection is up within its first poll

            var reply = discussions.reply(thread, "Written on node 1");

            ForumEvents.PostPublished arrived = Announced.nextReply(onNodeTwo, java.time.Duration.ofSeconds(10));
            assertThat(arrived).as("node 2 hears of the reply").isNotNull();
            assertThat(arrived.postId()).isEqualTo(reply.id());
            assertThat(arrived.number()).isEqualTo(2);
            assertThat(Announced.nextReply(onNodeOne, java.time.Duration.ofSeconds(10))).as("node 1 too").isNotNull();
            assertThat(onNodeTwo.poll(500, TimeUnit.MILLISECONDS)).as("once").isNull();
        }
    }
}
