package org.collabacademy.forum;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collabacademy.IntegrationTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Forum e-mails through a real SMTP server in the test (GreenMail): immediate, daily digest, unsubscribe. */
@IntegrationTest
class ForumMailTest {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/unsubscribe/([A-Za-z0-9_-]+)");

    @Autowired Communities communities;
    @Autowired Discussions discussions;
    @Autowired Inbox inbox;
    @Autowired ForumMail forumMail;
    @Autowired TestAccounts accounts;

    private String place;
    private UserSummary author;

    @BeforeEach
    void community() {
        accounts.signIn(accounts.create("mail-admin", Role.ADMIN).email());
        place = communities.createCommunity("Mail " + UUID.randomUUID().toString().substring(0, 8), "", PlaceCategory.REGION, PlaceAccess.OPEN)
                .place().key();
        author = accounts.create("mail-author");
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private List<MimeMessage> to(UserSummary user) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> recipients(m).contains(user.email())).toList();
    }

    @Test
    void watchers_who_chose_at_once_get_one_email_per_post_with_an_unsubscribe_link_that_works() throws Exception {
        UserSummary watcher = accounts.create("mail-watcher");
        accounts.signIn(watcher.email());
        discussions.followPlace(place, Level.WATCHING, EmailMode.IMMEDIATE);

        accounts.signIn(author.email());
        long thread = discussions.startThread(place, "Shared logistics", "Who ships to Kazan weekly?", false);
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        Thread.sleep(300); // a second, duplicate e-mail would have arrived by now
        List<MimeMessage> received = to(watcher);
        assertThat(received).hasSize(1);
        MimeMessage message = received.getFirst();
        assertThat(message.getSubject()).contains("Shared logistics");
        String body = GreenMailUtil.getBody(message);
        assertThat(body).contains("Who ships to Kazan weekly?", "/forum/" + place + "/" + thread + "?post=1");

        Matcher token = UNSUBSCRIBE.matcher(body);
        assertThat(token.find()).isTrue();
        accounts.signOut();
        assertThat(inbox.unsubscribe(token.group(1))).hasValueSatisfying(title -> assertThat(title).startsWith("Mail "));
        assertThat(inbox.unsubscribe("not-a-token")).isEmpty();

        accounts.signIn(author.email());
        discussions.reply(thread, "Second post, after unsubscribing");
        Thread.sleep(1000);
        assertThat(to(watcher)).hasSize(1);
        accounts.signIn(watcher.email());
        assertThat(inbox.unreadCount()).as("in-app notifications go on").isEqualTo(2);
    }

    @Test
    void the_daily_digest_collects_everything_in_one_email_and_is_sent_once() throws Exception {
        UserSummary reader = accounts.create("digest-reader");
        accounts.signIn(reader.email());
        discussions.followPlace(place, Level.WATCHING, EmailMode.DAILY);

        accounts.signIn(author.email());
        long thread = discussions.startThread(place, "Regional fair", "Stand sharing at the regional fair", false);
        discussions.reply(thread, "Costs split three ways");
        Thread.sleep(500);
        assertThat(to(reader)).as("no immediate e-mail for digest readers").isEmpty();

        assertThat(forumMail.sendDigests()).isGreaterThanOrEqualTo(1);
        assertThat(forumMail.sendDigests()).isZero();
        List<MimeMessage> digests = to(reader);
        assertThat(digests).hasSize(1);
        String body = GreenMailUtil.getBody(digests.getFirst());
        assertThat(body).contains("Regional fair", "Stand sharing at the regional fair", "Costs split three ways", "/unsubscribe/");
        assertThat(digests.getFirst().getSubject()).contains("2");
    }

    @Test
    void people_who_chose_no_email_get_only_the_in_app_notification() throws Exception {
        UserSummary quiet = accounts.create("quiet-reader");
        accounts.signIn(quiet.email());
        discussions.followPlace(place, Level.WATCHING, EmailMode.OFF);
        accounts.signIn(author.email());
        discussions.startThread(place, "Quiet please", "Nothing by e-mail", false);
        forumMail.sendDigests();
        Thread.sleep(500);
        assertThat(to(quiet)).isEmpty();
        accounts.signIn(quiet.email());
        assertThat(inbox.unreadCount()).isEqualTo(1);
    }

    private static String recipients(Message message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
