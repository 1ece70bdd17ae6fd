package org.collabacademy.quiz;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Closes every open attempt whose time limit has passed, with the answers saved so far, so that a learner
 * who never comes back still gets a result (and progress and xAPI hear of it) without touching the attempt.
 */
@Component
class OverdueAttempts {

    private final QuizAttemptRepository attempts;
    private final QuizTaking taking;
    private final Clock clock;

    OverdueAttempts(QuizAttemptRepository attempts, QuizTaking taking, Clock clock) {
        this.attempts = attempts;
        this.taking = taking;
        this.clock = clock;
    }

    /** Returns how many attempts it closed; each closes in its own transaction, so one failure stops no other. */
    int closeAll() {
        int closed = 0;
        for (long id : attempts.overdueAt(clock.instant())) {
            if (taking.closeIfOverdue(id)) {
                closed++;
            }
        }
        return closed;
    }
}
