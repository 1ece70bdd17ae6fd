package org.collabacademy.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.security.SecureRandom;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.SignedIn;
import org.collabacademy.course.content.Question;
import org.collabacademy.course.content.QuestionType;
import org.collabacademy.course.content.QuizDefinition;
import org.collabacademy.course.content.QuizDefinition.Kind;
import org.collabacademy.course.content.QuizSettings;
import org.collabacademy.course.content.QuizSettings.ReviewShows;
import org.collabacademy.course.content.QuizSettings.ReviewWhen;
import org.collabacademy.quiz.Definitions.Layout;
import org.collabacademy.quiz.Outcome.QuestionOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking quizzes: start or resume, save each answer as it is given, submit, review. Grading happens
 * here only; a learner only ever reaches their own attempts; an attempt is graded exactly once.
 */
@Service
@Transactional
public class QuizTaking {

    private static final Random SHUFFLE = new SecureRandom();

    private final QuizRepository quizzes;
    private final QuizAttemptRepository attempts;
    private final QuizAnswerRepository answers;
    private final AssessmentResultRepository results;
    private final Definitions definitions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuizTaking(QuizRepository quizzes, QuizAttemptRepository attempts, QuizAnswerRepository answers, AssessmentResultRepository results,
               Definitions definitions, ApplicationEventPublisher events, Clock clock) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.answers = answers;
        this.results = results;
        this.definitions = definitions;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<QuizOverview> overview(String courseKey, String moduleKey, String quizKey) {
        return quizzes.findByAddress(Quiz.address(courseKey, moduleKey, quizKey)).filter(q -> !q.retired()).map(this::overview);
    }

    /** The learner's open attempt, or a new one if they have attempts left. */
    @PreAuthorize("isAuthenticated()")
    public AttemptSheet startOrResume(String courseKey, String moduleKey, String quizKey) {
        Quiz quiz = quizzes.findByAddress(Quiz.address(courseKey, moduleKey, quizKey)).filter(q -> !q.retired())
                .orElseThrow(() -> new InvalidInput("quiz", "quiz.not-found"));
        QuizOverview overview = overview(quiz);
        Optional<AttemptSummary> open = overview.openAttempt();
        if (open.isPresent()) {
            return sheet(attempts.findById(open.get().id()).orElseThrow());
        }
        if (!overview.canStart()) {
            throw new InvalidInput("quiz", "quiz.no-attempts-left");
        }
        QuizDefinition definition = definitions.of(quiz.id(), quiz.currentVersion());
        Instant now = clock.instant();
        Integer limit = definition.settings().timeLimitMinutes();
        int number = overview.attempts().size() + 1;
        QuizAttempt attempt;
        try {
            attempt = attempts.saveAndFlush(new QuizAttempt(quiz.id(), quiz.currentVersion(), learner(), number, now,
                    limit == null ? null : now.plus(Duration.ofMinutes(limit)), definitions.write(layout(definition))));
        } catch (DataIntegrityViolationException startedInAnotherTab) {
            throw new InvalidInput("quiz", "quiz.started-elsewhere");
        }
        events.publishEvent(new QuizEvents.AttemptStarted(attempt.learnerId(), quiz.courseKey(), quiz.moduleKey(), quiz.address(),
                attempt.id(), number, now));
        return sheet(attempt);
    }

    @PreAuthorize("isAuthenticated()")
    public AttemptSheet sheet(long attemptId) {
        return sheet(own(attemptId));
    }

    /**
     * Saves one answer and returns when it was saved. Refused (and nothing written) when the attempt is
     * closed or its time is up; an overdue attempt is closed on the way.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = InvalidInput.class) // closing an overdue attempt must stick even though the answer is refused
    public Instant save(long attemptId, String questionKey, Answer answer) {
        QuizAttempt attempt = ownLocked(attemptId);
        closeIfOverdue(attempt);
        attempt = attempts.findById(attemptId).orElseThrow();
        if (!attempt.isOpen()) {
            throw new InvalidInput("answer", "quiz.attempt-closed");
        }
        QuizDefinition definition = definitions.of(attempt.quizId(), attempt.quizVersion());
        if (!definitions.layout(attempt.layout()).asked().contains(questionKey)) {
            throw new InvalidInput("answer", "quiz.no-such-question");
        }
        Question question = definition.question(questionKey).orElseThrow();
        if (answer.values().size() > 100 || answer.values().stream().anyMatch(v -> v.length() > 1000)) {
            throw new InvalidInput("answer", "quiz.answer-too-long");
        }
        Instant now = clock.instant();
        QuizAnswer saved = answers.findById(new QuizAnswer.Key(attemptId, question.key()))
                .orElseGet(() -> new QuizAnswer(attemptId, question.key(), "[]", now));
        saved.replace(definitions.write(answer), now);
        answers.save(saved);
        Quiz quiz = quizzes.findById(attempt.quizId()).orElseThrow();
        events.publishEvent(new QuizEvents.AnswerSaved(attempt.learnerId(), quiz.courseKey(), quiz.moduleKey(), quiz.address(),
                attemptId, question.key(), answer.values(), now));
        return now;
    }

    /** Grades the attempt once; submitting again (another tab, a double click) returns the same outcome. */
    @PreAuthorize("isAuthenticated()")
    public Outcome submit(long attemptId) {
        QuizAttempt attempt = own(attemptId);
        if (attempt.isOpen()) {
            close(attempt, AttemptStatus.SUBMITTED);
        }
        return outcome(attempts.findById(attemptId).orElseThrow());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Outcome outcome(long attemptId) {
        return outcome(own(attemptId));
    }

    /** The signed-in learner's latest collaboration profile, if they have taken that self-assessment. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CollaborationProfile> myCollaborationProfile() {
        return results.findFirstByLearnerIdAndPurposeOrderByTakenAtDesc(learner(), QuizDefinition.Assessment.COLLABORATION_PROFILE)
                .map(r -> new CollaborationProfile(r.profileKey(), Map.copyOf(r.scores()), r.takenAt()));
    }

    private QuizOverview overview(Quiz quiz) {
        QuizDefinition definition = definitions.of(quiz.id(), quiz.currentVersion());
        List<QuizAttempt> mine = attempts.attemptsOf(quiz.id(), learner());
        mine.forEach(this::closeIfOverdue);
        List<AttemptSummary> summaries = mine.stream().map(a -> attempts.findById(a.id()).orElseThrow().summary()).toList();
        List<AttemptSummary> closed = summaries.stream().filter(a -> !a.isOpen()).toList();
        Integer max = definition.settings().maxAttempts();
        Double counting = countingScore(definition.settings(), closed);
        return new QuizOverview(quiz.courseKey(), quiz.moduleKey(), definition, definitions.texts(quiz.moduleTitles()), summaries,
                max == null ? null : Math.max(0, max - closed.size()), counting,
                closed.stream().anyMatch(AttemptSummary::passed) && (definition.settings().counting() == QuizSettings.Counting.HIGHEST
                        || closed.getLast().passed()));
    }

    private static Double countingScore(QuizSettings settings, List<AttemptSummary> closed) {
        if (closed.isEmpty()) {
            return null;
        }
        return settings.counting() == QuizSettings.Counting.LAST ? closed.getLast().score()
                : closed.stream().map(AttemptSummary::score).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private AttemptSheet sheet(QuizAttempt attempt) {
        closeIfOverdue(attempt);
        QuizAttempt current = attempts.findById(attempt.id()).orElseThrow();
        Quiz quiz = quizzes.findById(current.quizId()).orElseThrow();
        QuizDefinition definition = definitions.of(current.quizId(), current.quizVersion());
        Layout layout = definitions.layout(current.layout());
        List<Question> asked = layout.asked().stream().map(definition::question).flatMap(Optional::stream).toList();
        return new AttemptSheet(current.summary(), quiz.courseKey(), quiz.moduleKey(), definition, asked, layout.orders(),
                savedAnswers(current.id()), current.deadline());
    }

    private Map<String, Answer> savedAnswers(long attemptId) {
        Map<String, Answer> saved = new HashMap<>();
        answers.answersOf(attemptId).forEach(a -> saved.put(a.questionKey(), definitions.answer(a.answer())));
        return saved;
    }

    private void closeIfOverdue(QuizAttempt attempt) {
        if (attempt.isOpen() && attempt.isOverdue(clock.instant())) {
            close(attempt, AttemptStatus.TIMED_OUT);
        }
    }

    /**
     * Closes an open attempt past its deadline, for the deadline job (no learner is signed in there):
     * the attempt is closed with the answers saved so far, exactly as when its learner comes back.
     */
    @Transactional
    boolean closeIfOverdue(long attemptId) {
        Optional<QuizAttempt> attempt = attempts.lockById(attemptId);
        if (attempt.isEmpty() || !attempt.get().isOpen() || !attempt.get().isOverdue(clock.instant())) {
            return false;
        }
        close(attempt.get(), AttemptStatus.TIMED_OUT);
        return true;
    }

    /**
     * Closes, then grades the answers saved by then; only the request that wins the conditional update
     * grades and publishes the result. Closing first is what keeps a racing save from slipping in after
     * the grading (see {@link QuizAttemptRepository#close}).
     */
    private void close(QuizAttempt attempt, AttemptStatus how) {
        Instant now = clock.instant();
        if (attempts.close(attempt.id(), how, now) == 0) {
            return;
        }
        QuizDefinition definition = definitions.of(attempt.quizId(), attempt.quizVersion());
        Map<String, Answer> given = savedAnswers(attempt.id());
        Grading.Graded graded = Grading.grade(definition, definitions.layout(attempt.layout()).asked(), given);
        boolean selfAssessment = definition.kind() == Kind.SELF_ASSESSMENT;
        attempts.grade(attempt.id(), graded.percent(), !selfAssessment && graded.passed());
        Quiz quiz = quizzes.findById(attempt.quizId()).orElseThrow();
        events.publishEvent(new QuizEvents.AttemptSubmitted(attempt.learnerId(), quiz.courseKey(), quiz.moduleKey(), quiz.address(),
                !selfAssessment, attempt.id(), attempt.number(), graded.percent(), !selfAssessment && graded.passed(),
                how == AttemptStatus.TIMED_OUT, attempt.startedAt(), now));
        if (selfAssessment && definition.assessment() != null) {
            Grading.Assessed assessed = Grading.assess(definition, given);
            results.save(new AssessmentResult(attempt.id(), attempt.learnerId(), quiz.id(), definition.assessment().purpose(),
                    assessed.profile().orElse(null), assessed.scores(), now));
            events.publishEvent(new QuizEvents.SelfAssessed(attempt.learnerId(), quiz.courseKey(), quiz.moduleKey(), quiz.address(),
                    definition.assessment().purpose(), attempt.id(), assessed.profile().orElse(null), Map.copyOf(assessed.scores()),
                    attempt.startedAt(), now));
        }
    }

    private Outcome outcome(QuizAttempt attempt) {
        closeIfOverdue(attempt);
        QuizAttempt current = attempts.findById(attempt.id()).orElseThrow();
        if (current.isOpen()) {
            throw new InvalidInput("attempt", "quiz.still-open");
        }
        Quiz quiz = quizzes.findById(current.quizId()).orElseThrow();
        QuizDefinition definition = definitions.of(current.quizId(), current.quizVersion());
        QuizSettings settings = definition.settings();
        QuizOverview overview = overview(quiz);
        boolean open = switch (settings.reviewWhen()) {
            case AFTER_EACH_ATTEMPT -> true;
            case AFTER_PASSING -> overview.passed();
            case AFTER_LAST_ATTEMPT -> overview.attemptsLeft() != null && overview.attemptsLeft() == 0 || overview.passed();
            case NEVER -> false;
        };
        boolean details = open && settings.reviewShows() != ReviewShows.SCORE;
        Map<String, Answer> given = savedAnswers(current.id());
        List<QuestionOutcome> questions = new ArrayList<>();
        if (details || definition.kind() == Kind.SELF_ASSESSMENT) {
            for (String key : definitions.layout(current.layout()).asked()) {
                definition.question(key).ifPresent(q -> questions.add(new QuestionOutcome(q, given.getOrDefault(key, Answer.empty()),
                        Grading.share(q, given.getOrDefault(key, Answer.empty())))));
            }
        }
        CollaborationProfile profile = results.findByAttemptId(current.id())
                .map(r -> new CollaborationProfile(r.profileKey(), Map.copyOf(r.scores()), r.takenAt())).orElse(null);
        return new Outcome(current.summary(), quiz.courseKey(), quiz.moduleKey(), definition, open,
                details, open && settings.reviewShows() == ReviewShows.FEEDBACK,
                open && current.score() != null ? definition.bandFor(current.score()).orElse(null) : null,
                questions, profile);
    }

    /** Draws and shuffles as the quiz says; ordering items are always shuffled, or the answer would show. */
    static Layout layout(QuizDefinition definition) {
        List<String> keys = new ArrayList<>(definition.questions().stream().map(Question::key).toList());
        QuizSettings settings = definition.settings();
        if (settings.draw() != null && settings.draw() < keys.size()) {
            Collections.shuffle(keys, SHUFFLE);
            List<String> drawn = keys.subList(0, settings.draw());
            keys = definition.questions().stream().map(Question::key).filter(drawn::contains).toList();
        }
        if (settings.shuffleQuestions()) {
            keys = new ArrayList<>(keys);
            Collections.shuffle(keys, SHUFFLE);
        }
        Map<String, List<String>> orders = new LinkedHashMap<>();
        for (String key : keys) {
            Question question = definition.question(key).orElseThrow();
            List<String> order = new ArrayList<>(question.type() == QuestionType.MATCHING
                    ? question.pairs().stream().map(Question.Pair::key).toList()
                    : question.choices().stream().map(Question.Choice::key).toList());
            boolean shuffle = question.type() == QuestionType.ORDERING || question.type() == QuestionType.MATCHING
                    || settings.shuffleChoices() && (question.type() == QuestionType.SINGLE || question.type() == QuestionType.MULTIPLE);
            if (shuffle) {
                Collections.shuffle(order, SHUFFLE);
            }
            orders.put(key, order);
        }
        return new Layout(List.copyOf(keys), orders);
    }

    /** Loads an attempt of the signed-in learner; anyone else's is refused. */
    private QuizAttempt own(long attemptId) {
        QuizAttempt attempt = attempts.findById(attemptId).orElseThrow(() -> new InvalidInput("attempt", "quiz.attempt-not-found"));
        if (attempt.learnerId() != learner()) {
            throw new AuthorizationDeniedException("This attempt belongs to another learner");
        }
        return attempt;
    }

    /** Like {@link #own}, holding the attempt's row until the transaction ends (see {@link QuizAttemptRepository#lockById}). */
    private QuizAttempt ownLocked(long attemptId) {
        QuizAttempt attempt = attempts.lockById(attemptId).orElseThrow(() -> new InvalidInput("attempt", "quiz.attempt-not-found"));
        if (attempt.learnerId() != learner()) {
            throw new AuthorizationDeniedException("This attempt belongs to another learner");
        }
        return attempt;
    }

    private static long learner() {
        return SignedIn.current().map(SignedIn::userId).orElseThrow(() -> new AuthorizationDeniedException("No learner is signed in"));
    }
}
