package org.collabacademy.quiz;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An attempt as the learner's list of attempts shows it. */
public record AttemptSummary(long id, int number, AttemptStatus status, Instant startedAt, @Nullable Instant deadline,
                             @Nullable Instant closedAt, @Nullable Double score, boolean passed) {

    public boolean isOpen() {
        return status == AttemptStatus.OPEN;
    }
}
