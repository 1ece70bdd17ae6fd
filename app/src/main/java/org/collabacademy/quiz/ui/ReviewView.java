package org.collabacademy.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.Question;
import org.collabacademy.course.content.QuestionType;
import org.collabacademy.course.content.QuizDefinition;
import org.collabacademy.course.content.QuizDefinition.Dimension;
import org.collabacademy.course.content.QuizDefinition.Kind;
import org.collabacademy.quiz.Answer;
import org.collabacademy.quiz.Outcome;
import org.collabacademy.quiz.Outcome.QuestionOutcome;
import org.collabacademy.quiz.QuizTaking;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The review of a closed attempt, as much as the quiz's settings allow; for a self-assessment the result
 * in plain words: the profile, every dimension, and what helps with the weakest ones.
 */
@Route("attempts/:attempt/review")
@PermitAll
class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizTaking taking;
    private String title = "";

    ReviewView(QuizTaking taking) {
        this.taking = taking;
        addClassNames("narrow-reading", "review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        Outcome outcome;
        try {
            id = Long.parseLong(event.getRouteParameters().get("attempt").orElse(""));
            outcome = taking.outcome(id);
        } catch (NumberFormatException | InvalidInput | AuthorizationDeniedException notReviewable) {
            throw new NotFoundException();
        }
        removeAll();
        QuizDefinition quiz = outcome.definition();
        Language language = QuizLanguage.current();
        title = quiz.text(quiz.titles(), language);
        Anchor back = new Anchor("/courses/" + outcome.courseKey() + "/" + outcome.moduleKey() + "/quiz/" + quiz.key(), getTranslation("quiz.back"));
        back.getElement().setAttribute("router-link", true);
        back.setId("review-back");
        add(new Nav(back), new H1(title));
        if (quiz.kind() == Kind.SELF_ASSESSMENT) {
            profile(outcome, quiz, language);
            return;
        }
        Paragraph score = new Paragraph(getTranslation(outcome.attempt().passed() ? "quiz.review.passed" : "quiz.review.failed",
                QuizView.format(outcome.attempt().score() == null ? 0 : outcome.attempt().score()), quiz.settings().passMark()));
        score.setId("review-score");
        score.addClassName(outcome.attempt().passed() ? "quiz-passed" : "quiz-not-passed");
        add(score);
        if (outcome.band() != null) {
            Paragraph band = new Paragraph(quiz.text(outcome.band().texts(), language));
            band.setId("review-band");
            band.addClassName("band-feedback");
            add(band);
        }
        if (!outcome.reviewOpen()) {
            add(new Paragraph(getTranslation("quiz.review.later")));
            return;
        }
        int number = 1;
        for (QuestionOutcome question : outcome.questions()) {
            add(question(number++, question, outcome, quiz, language));
        }
    }

    private Section question(int number, QuestionOutcome outcome, Outcome attempt, QuizDefinition quiz, Language language) {
        Question question = outcome.question();
        Section section = new Section(new H2(getTranslation("quiz.question-number", number) + " " + quiz.text(question.texts(), language)));
        section.addClassName("review-question");
        section.addClassName(outcome.share() >= 1 ? "right" : outcome.share() > 0 ? "partly" : "wrong");
        section.setId("review-" + question.key());
        section.add(new Paragraph(getTranslation("quiz.review.your-answer", answerText(question, outcome.answer(), quiz, language))));
        String verdict = outcome.share() >= 1 ? getTranslation("quiz.review.right")
                : outcome.share() > 0 ? getTranslation("quiz.review.partly", Math.round(outcome.share() * 100)) : getTranslation("quiz.review.wrong");
        Paragraph mark = new Paragraph(verdict);
        mark.addClassName("verdict");
        section.add(mark);
        if (attempt.showCorrectAnswers() && outcome.share() < 1) {
            section.add(new Paragraph(getTranslation("quiz.review.correct-answer", correctText(question, quiz, language))));
        }
        if (attempt.showFeedback()) {
            for (String chosen : outcome.answer().values()) {
                question.choice(chosen).filter(c -> !c.feedback().isEmpty()).ifPresent(c -> section.add(feedback(quiz.text(c.feedback(), language))));
            }
            if (!question.feedback().isEmpty()) {
                section.add(feedback(quiz.text(question.feedback(), language)));
            }
        }
        return section;
    }

    private static Paragraph feedback(String text) {
        Paragraph feedback = new Paragraph(text);
        feedback.addClassName("feedback");
        return feedback;
    }

    private String answerText(Question question, Answer answer, QuizDefinition quiz, Language language) {
        if (answer.isEmpty()) {
            return getTranslation("quiz.review.no-answer");
        }
        return switch (question.type()) {
            case TRUE_FALSE -> getTranslation("quiz." + answer.first());
            case SINGLE, MULTIPLE, ORDERING -> answer.values().stream()
                    .map(key -> question.choice(key).map(c -> quiz.text(c.texts(), language)).orElse(key)).collect(Collectors.joining("; "));
            case MATCHING -> answer.values().stream().map(value -> {
                String[] parts = value.split("=", 2);
                return pairText(question, parts[0], true, quiz, language) + " → " + pairText(question, parts.length > 1 ? parts[1] : "", false, quiz, language);
            }).collect(Collectors.joining("; "));
            case SHORT_ANSWER, NUMERIC, RATING -> answer.first();
        };
    }

    private String correctText(Question question, QuizDefinition quiz, Language language) {
        return switch (question.type()) {
            case TRUE_FALSE -> question.choices().stream().filter(Question.Choice::correct).findFirst().map(c -> getTranslation("quiz." + c.key())).orElse("");
            case SINGLE, MULTIPLE, ORDERING -> question.choices().stream().filter(c -> c.correct())
                    .map(c -> quiz.text(c.texts(), language)).collect(Collectors.joining("; "));
            case MATCHING -> question.pairs().stream().map(p -> quiz.text(p.left(), language) + " → " + quiz.text(p.right(), language))
                    .collect(Collectors.joining("; "));
            case SHORT_ANSWER -> String.join(" / ", question.acceptedAnswers());
            case NUMERIC -> question.number() + (question.tolerance() > 0 ? " ± " + question.tolerance() : "");
            case RATING -> "";
        };
    }

    private static String pairText(Question question, String key, boolean left, QuizDefinition quiz, Language language) {
        return question.pairs().stream().filter(p -> p.key().equals(key)).findFirst()
                .map(p -> quiz.text(left ? p.left() : p.right(), language)).orElse("?");
    }

    private void profile(Outcome outcome, QuizDefinition quiz, Language language) {
        if (outcome.profile() == null || quiz.assessment() == null) {
            add(new Paragraph(getTranslation("quiz.profile.none")));
            return;
        }
        var assessment = quiz.assessment();
        Section type = new Section();
        type.setId("profile-type");
        type.addClassName("profile-type");
        assessment.profiles().stream().filter(p -> p.key().equals(outcome.profile().smeType())).findFirst().ifPresentOrElse(profile -> {
            type.add(new H2(getTranslation("quiz.profile.type", quiz.text(profile.titles(), language))),
                    new Paragraph(quiz.text(profile.descriptions(), language)));
            if (profile.helpLink() != null) {
                type.add(help(profile.helpLink()));
            }
        }, () -> type.add(new Paragraph(getTranslation("quiz.profile.no-type"))));
        add(type);

        Section dimensions = new Section(new H2(getTranslation("quiz.profile.dimensions")));
        dimensions.setId("profile-dimensions");
        for (Dimension dimension : assessment.dimensions()) {
            Integer score = outcome.profile().scores().get(dimension.key());
            if (score == null) {
                continue;
            }
            ProgressBar bar = new ProgressBar(0, 100, score);
            String label = quiz.text(dimension.titles(), language) + ": " + score + " / 100";
            bar.getElement().setAttribute("aria-label", label);
            Div row = new Div(new Paragraph(label), bar);
            row.addClassName("dimension");
            row.setId("dimension-" + dimension.key());
            dimensions.add(row);
        }
        add(dimensions);

        List<String> weakest = outcome.weakestDimensions(2);
        Section advice = new Section(new H2(getTranslation("quiz.profile.work-on")));
        advice.setId("profile-advice");
        for (String key : weakest) {
            assessment.dimensions().stream().filter(d -> d.key().equals(key)).findFirst().ifPresent(d -> {
                advice.add(new H3(quiz.text(d.titles(), language)));
                if (!d.advice().isEmpty()) {
                    advice.add(new Paragraph(quiz.text(d.advice(), language)));
                }
                if (d.helpLink() != null) {
                    advice.add(help(d.helpLink()));
                }
            });
        }
        add(advice);
        add(new Paragraph(getTranslation("quiz.profile.private")));
    }

    private Component help(String link) {
        Anchor anchor = new Anchor(link, getTranslation("quiz.profile.read-more"));
        anchor.getElement().setAttribute("router-link", true);
        return new Paragraph(anchor);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

}
