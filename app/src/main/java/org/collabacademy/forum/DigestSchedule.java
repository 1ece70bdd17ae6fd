package org.collabacademy.forum;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the daily digests (07:00 server time by default; the cron "-" switches it off, as the tests do) on one node
 * only: every node schedules it, the first to take the database lock sends.
 */
@Component
@EnableScheduling
class DigestSchedule {

    private final ForumMail mail;

    DigestSchedule(ForumMail mail) {
        this.mail = mail;
    }

    // held for 10 minutes at least, so that a node whose clock is a little behind finds the day's run done
    @Scheduled(cron = "${collabacademy.forum.digest.cron:0 0 7 * * *}")
    @SchedulerLock(name = "forum-digest", lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
    void send() {
        mail.sendDigests();
    }
}
