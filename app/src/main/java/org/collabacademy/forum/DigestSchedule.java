package org.collabacademy.forum;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the daily digests (07:00 server time by default); tests switch it off and send explicitly. */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "collabacademy.forum.digest.scheduled", havingValue = "true", matchIfMissing = true)
class DigestSchedule {

    private final ForumMail mail;

    DigestSchedule(ForumMail mail) {
        this.mail = mail;
    }

    @Scheduled(cron = "${collabacademy.forum.digest.cron:0 0 7 * * *}")
    void send() {
        mail.sendDigests();
    }
}
