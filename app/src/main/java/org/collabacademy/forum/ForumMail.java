package org.collabacademy.forum;

import com.vaadin.flow.i18n.I18NProvider;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.collabacademy.base.PublicUrl;
import org.collabacademy.forum.ForumNotification.EmailState;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forum e-mails through Spring Mail: one per notification for people who chose "immediately" (after the post
 * has committed, retried after a restart), and one daily digest per person for the rest. Each e-mail is
 * claimed in the database before it is sent, so that several nodes never send it twice, and every e-mail
 * carries an unsubscribe link.
 */
@Component
class ForumMail {

    private static final Logger log = LoggerFactory.getLogger(ForumMail.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int DIGEST_ITEMS = 50;

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationRepository notifications;
    private final ForumProfileRepository people;
    private final UnsubscribeTokenRepository tokens;
    private final Inbox inbox;
    private final I18NProvider translations;
    private final PublicUrl publicUrl;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;

    ForumMail(ObjectProvider<JavaMailSender> mail, NotificationRepository notifications, ForumProfileRepository people,
              UnsubscribeTokenRepository tokens, Inbox inbox, I18NProvider translations, PublicUrl publicUrl,
              TransactionTemplate transactions, Clock clock, @Value("${collabacademy.mail.from}") String from) {
        this.mail = mail;
        this.notifications = notifications;
        this.people = people;
        this.tokens = tokens;
        this.inbox = inbox;
        this.translations = translations;
        this.publicUrl = publicUrl;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
    }

    @ApplicationModuleListener
    void on(ForumEvents.NotificationsCreated created) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        for (long id : created.notificationIds()) {
            transactions.executeWithoutResult(status -> {
                ForumNotification notification = notifications.findById(id).orElse(null);
                if (notification == null || notification.emailState() != EmailState.IMMEDIATE
                        || notifications.claimEmail(id, EmailState.IMMEDIATE) == 0) {
                    return;
                }
                people.findById(notification.userId()).ifPresent(person -> sender.send(immediate(person, notification)));
            });
        }
    }

    /** Sends every waiting digest (one e-mail per person); returns how many were sent. */
    int sendDigests() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (long userId : notifications.usersWithDigest()) {
            Boolean done = transactions.execute(status -> {
                List<ForumNotification> waiting = notifications.findByUserIdAndEmailStateOrderByCreatedAt(userId, EmailState.DIGEST);
                List<ForumNotification> mine = waiting.stream().filter(n -> notifications.claimEmail(n.id(), EmailState.DIGEST) == 1).toList();
                ForumProfile person = people.findById(userId).orElse(null);
                if (mine.isEmpty() || person == null) {
                    return false;
                }
                sender.send(digest(person, mine));
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        log.info("Sent {} forum digests", sent);
        return sent;
    }

    private SimpleMailMessage immediate(ForumProfile person, ForumNotification notification) {
        Locale locale = Locale.forLanguageTag(person.language());
        ForumViews.NotificationLine line = inbox.line(notification);
        SimpleMailMessage message = message(person);
        message.setSubject(translations.getTranslation("forum.mail.subject." + line.reason().name(), locale, line.authorName(), line.threadTitle()));
        message.setText(translations.getTranslation("forum.mail.text", locale, person.displayName(), line.authorName(), line.threadTitle(),
                line.placeTitle(), line.excerpt(), link(line))
                + "\n\n-- \n" + translations.getTranslation("forum.mail.unsubscribe", locale, line.placeTitle(),
                publicUrl.of("/unsubscribe/" + token(person.userId(), notification.placeId()))));
        return message;
    }

    private SimpleMailMessage digest(ForumProfile person, List<ForumNotification> items) {
        Locale locale = Locale.forLanguageTag(person.language());
        SimpleMailMessage message = message(person);
        message.setSubject(translations.getTranslation("forum.mail.digest-subject", locale, items.size()));
        StringBuilder text = new StringBuilder(translations.getTranslation("forum.mail.digest-intro", locale, person.displayName())).append("\n\n");
        items.stream().limit(DIGEST_ITEMS).map(inbox::line).forEach(line -> text.append("• ")
                .append(translations.getTranslation("forum.notification." + line.reason().name(), locale, line.authorName(), line.threadTitle()))
                .append(" (").append(line.placeTitle()).append(")\n  ").append(line.excerpt()).append("\n  ").append(link(line)).append("\n\n"));
        if (items.size() > DIGEST_ITEMS) {
            text.append(translations.getTranslation("forum.mail.digest-more", locale, items.size() - DIGEST_ITEMS, publicUrl.of("/notifications"))).append("\n\n");
        }
        text.append("-- \n").append(translations.getTranslation("forum.mail.unsubscribe-all", locale, publicUrl.of("/unsubscribe/" + token(person.userId(), null))));
        message.setText(text.toString());
        return message;
    }

    private SimpleMailMessage message(ForumProfile person) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(person.email());
        return message;
    }

    private String link(ForumViews.NotificationLine line) {
        return publicUrl.of("/forum/" + line.placeKey() + "/" + line.threadId() + "?post=" + line.postNumber());
    }

    private String token(long userId, @Nullable Long placeId) {
        var existing = placeId == null ? tokens.findFirstByUserIdAndPlaceIdIsNull(userId) : tokens.findFirstByUserIdAndPlaceId(userId, placeId);
        return existing.map(UnsubscribeToken::token).orElseGet(() -> {
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            tokens.save(new UnsubscribeToken(token, userId, placeId, clock.instant()));
            return token;
        });
    }
}
