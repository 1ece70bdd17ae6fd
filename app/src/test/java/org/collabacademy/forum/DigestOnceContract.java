package org.collabacademy.forum;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.collabacademy.TestAccounts;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The daily digest on several nodes, on H2 and PostgreSQL alike: each node's schedule fires, one node sends. */
abstract class DigestOnceContract {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired DigestSchedule schedule;
    @Autowired Communities communities;
    @Autowired Discussions discussions;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void freeTheLock() {
        jdbc.update("delete from shedlock");
        accounts.signOut();
    }

    @Test
    void two_nodes_running_the_digest_in_the_same_minute_send_each_reader_one_digest() throws Exception {
        accounts.signIn(accounts.create("digest-admin", Role.ADMIN).email());
        String place = communities.createCommunity("Digest " + UUID.randomUUID().toString().substring(0, 8), "", PlaceCategory.REGION, PlaceAccess.OPEN)
                .place().key();
        UserSummary reader = accounts.create("digest-once-reader");
        accounts.signIn(reader.email());
        discussions.followPlace(place, Level.WATCHING, EmailMode.DAILY);
        accounts.signIn(accounts.create("digest-once-author").email());
        long thread = discussions.startThread(place, "Joint tender", "Shall we bid together for the port contract?", false);

        // both nodes' schedulers fire at 07:00 (scheduler threads: nobody signed in)
        CyclicBarrier seven = new CyclicBarrier(2);
        Runnable node = () -> {
            try {
                seven.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            schedule.send();
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(node), CompletableFuture.runAsync(node)).get();
        assertThat(digestsTo(reader)).hasSize(1);

        // a reply comes in, then a node whose clock is a few seconds behind fires: the day's digest has gone out
        discussions.reply(thread, "Yes, if we split the guarantee.");
        CompletableFuture.runAsync(schedule::send).get();
        assertThat(digestsTo(reader)).as("one digest a day, whichever node fires").hasSize(1);

        // the next day's run (the lock has expired) brings the reply, and only the reply
        jdbc.update("update shedlock set lock_until = locked_at");
        CompletableFuture.runAsync(schedule::send).get();
        assertThat(digestsTo(reader)).hasSize(2);
        String second = GreenMailUtil.getBody(digestsTo(reader)[1]);
        assertThat(second).contains("split the guarantee").doesNotContain("port contract?");
    }

    private static MimeMessage[] digestsTo(UserSummary reader) {
        return mail.getReceivedMessagesForDomain(reader.email());
    }
}
