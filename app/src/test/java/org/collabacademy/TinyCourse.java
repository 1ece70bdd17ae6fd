package org.collabacademy;

import static org.assertj.core.api.Assertions.assertThat;

import org.collabacademy.base.Language;
import org.collabacademy.course.CourseReader;
import org.collabacademy.quiz.Answer;
import org.collabacademy.quiz.AttemptSheet;
import org.collabacademy.quiz.QuizTaking;

/** What a learner does in the tiny test course (content-cases/valid): pass its quiz, complete it. */
public final class TinyCourse {

    private TinyCourse() {
    }

    /** Passes the tiny quiz (60 % needed) as the signed-in learner by answering every question right. */
    public static void passTheQuiz(QuizTaking quizzes, String course) {
        AttemptSheet sheet = quizzes.startOrResume(course, "first", "tiny-quiz");
        long attempt = sheet.attempt().id();
        quizzes.save(attempt, "pick-one", Answer.of("right"));
        quizzes.save(attempt, "pick-many", Answer.of("apple", "pear"));
        quizzes.save(attempt, "is-it", Answer.of("true"));
        quizzes.save(attempt, "pairs", Answer.of("p1=p1", "p2=p2"));
        quizzes.save(attempt, "steps", Answer.of("i1", "i2", "i3"));
        quizzes.save(attempt, "name-it", Answer.of("JV"));
        quizzes.save(attempt, "count", Answer.of("5"));
        quizzes.save(attempt, "gift-single", Answer.of(sheet.questions().stream().filter(q -> q.key().equals("gift-single"))
                .findFirst().orElseThrow().choices().getFirst().key()));
        quizzes.save(attempt, "gift-true", Answer.of("true"));
        assertThat(quizzes.submit(attempt).attempt().passed()).isTrue();
    }

    /** Reads every required page and passes the quiz: the course is complete afterwards. */
    public static void complete(CourseReader reader, QuizTaking quizzes, String course, Language language) {
        reader.open(course, "first", "welcome", language);
        passTheQuiz(quizzes, course);
        reader.open(course, "second", "closing", language);
    }
}
