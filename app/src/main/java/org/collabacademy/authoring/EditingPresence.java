package org.collabacademy.authoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who has a draft file open, so that a trainer opening it is warned that a colleague is at it. Held in
 * memory: it is a courtesy, and the revision check on saving is what keeps texts from being overwritten.
 */
@Component
class EditingPresence {

    static final Duration FRESH = Duration.ofMinutes(3);

    private record Editor(String name, Instant seen) {
    }

    private final Map<String, Map<Long, Editor>> byFile = new ConcurrentHashMap<>();
    private final Clock clock;

    EditingPresence(Clock clock) {
        this.clock = clock;
    }

    /** Notes that {@code userId} has the file open, and names the others who had it open lately. */
    List<String> open(String courseKey, String path, long userId, String name) {
        Instant now = clock.instant();
        Map<Long, Editor> editors = byFile.computeIfAbsent(courseKey + "/" + path, k -> new ConcurrentHashMap<>());
        editors.values().removeIf(e -> e.seen().isBefore(now.minus(FRESH)));
        editors.put(userId, new Editor(name, now));
        return editors.entrySet().stream().filter(e -> e.getKey() != userId).map(e -> e.getValue().name()).sorted().toList();
    }

    void close(String courseKey, String path, long userId) {
        Map<Long, Editor> editors = byFile.get(courseKey + "/" + path);
        if (editors != null) {
            editors.remove(userId);
        }
    }
}
