package org.collabacademy.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.SignedIn;
import org.collabacademy.course.content.QuizDefinition;
import org.collabacademy.quiz.Definitions.Layout;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;

/**
 * A trainer taking a quiz as a learner would, from a draft that is not published: drawn, shuffled and
 * graded exactly like an attempt, but held in memory and recorded nowhere (no attempt, no progress,
 * no learning record).
 */
@Service
public class QuizTryOuts {

    private final Cache<String, TryOut> tryOuts = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(2)).maximumSize(500).build();

    /** A try-out as its view shows it: the questions asked in order, with their choice orders and answers so far. */
    public record TryOut(long trainerId, QuizDefinition definition, List<String> asked, Map<String, List<String>> orders, Map<String, Answer> answers) {
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public String start(QuizDefinition definition) {
        Layout layout = QuizTaking.layout(definition);
        String token = UUID.randomUUID().toString();
        tryOuts.put(token, new TryOut(me(), definition, layout.asked(), layout.orders(), new ConcurrentHashMap<>()));
        return token;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public TryOut sheet(String token) {
        TryOut tryOut = tryOuts.getIfPresent(token);
        if (tryOut == null || tryOut.trainerId() != me()) {
            throw new InvalidInput("token", "quiz.try-expired");
        }
        return tryOut;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public void answer(String token, String questionKey, Answer answer) {
        sheet(token).answers().put(questionKey, answer);
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public Grading.Graded check(String token) {
        TryOut tryOut = sheet(token);
        return Grading.grade(tryOut.definition(), tryOut.asked(), tryOut.answers());
    }

    private static long me() {
        return SignedIn.current().map(SignedIn::userId).orElseThrow(() -> new AuthorizationDeniedException("not signed in"));
    }
}
