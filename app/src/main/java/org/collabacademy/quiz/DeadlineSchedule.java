package org.collabacademy.quiz;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes overdue attempts every half minute on every node (the close is conditional, so nodes never
 * grade an attempt twice). Tests switch it off and close explicitly.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "collabacademy.quiz.deadlines.scheduled", havingValue = "true", matchIfMissing = true)
class DeadlineSchedule {

    private final OverdueAttempts overdue;

    DeadlineSchedule(OverdueAttempts overdue) {
        this.overdue = overdue;
    }

    @Scheduled(fixedDelayString = "${collabacademy.quiz.deadlines.poll-millis:30000}", initialDelayString = "${collabacademy.quiz.deadlines.poll-millis:30000}")
    void closeOverdue() {
        overdue.closeAll();
    }
}
