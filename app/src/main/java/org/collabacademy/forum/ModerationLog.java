package org.collabacademy.forum;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes every moderation action, in the action's own transaction: who, when, what and why. */
@Component
class ModerationLog {

    /** Actions the flag threshold takes on its own are logged under this moderator id. */
    static final long SYSTEM = 0;

    private final ModerationLogRepository entries;
    private final Profiles profiles;
    private final Clock clock;

    ModerationLog(ModerationLogRepository entries, Profiles profiles, Clock clock) {
        this.entries = entries;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(Place place, ModerationAction action, String target, String reason) {
        // the moderator's forum profile gives the log their name, even if they never posted
        long moderator = action == ModerationAction.AUTO_HIDE ? SYSTEM : profiles.me().userId();
        entries.save(new ModerationEntry(place.id(), moderator, action,
                abbreviate(target, 200), abbreviate(reason, 500), clock.instant()));
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
