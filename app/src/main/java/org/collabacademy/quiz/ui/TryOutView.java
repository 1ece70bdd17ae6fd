package org.collabacademy.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.Question;
import org.collabacademy.course.content.QuizDefinition;
import org.collabacademy.quiz.Answer;
import org.collabacademy.quiz.Grading;
import org.collabacademy.quiz.QuizTryOuts;
import org.collabacademy.quiz.QuizTryOuts.TryOut;

/** A trainer trying a draft quiz: the learner's questions and inputs, graded on demand, recorded nowhere. */
@Route("quizzes/try/:token")
@RolesAllowed({"TRAINER", "ADMIN"})
class TryOutView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizTryOuts tryOuts;
    private final Map<String, QuestionCard> cards = new HashMap<>();
    private final Div result = new Div();
    private final java.util.List<Span> marks = new java.util.ArrayList<>();
    private String token = "";
    private String title = "";

    TryOutView(QuizTryOuts tryOuts) {
        this.tryOuts = tryOuts;
        addClassNames("narrow-reading", "attempt");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElseThrow(NotFoundException::new);
        TryOut tryOut;
        try {
            tryOut = tryOuts.sheet(token);
        } catch (InvalidInput expired) {
            throw new NotFoundException();
        }
        render(tryOut);
    }

    private void render(TryOut tryOut) {
        removeAll();
        cards.clear();
        QuizDefinition quiz = tryOut.definition();
        Language language = QuizLanguage.current();
        title = quiz.text(quiz.titles(), language);
        Paragraph notice = new Paragraph(getTranslation("quiz.try-notice"));
        notice.setId("try-notice");
        notice.addClassName("translation-notice");
        add(notice, new H1(title));
        int number = 1;
        for (String key : tryOut.asked()) {
            Question question = quiz.question(key).orElseThrow();
            Answer saved = tryOut.answers().getOrDefault(key, Answer.empty());
            QuestionCard card = new QuestionCard(number++, quiz.text(question.texts(), language),
                    AnswerInput.of(quiz, question, tryOut.orders().getOrDefault(key, java.util.List.of()), saved, language,
                            answer -> tryOuts.answer(token, key, answer)), !saved.isEmpty());
            card.setId("question-" + key);
            cards.put(key, card);
            add(card);
        }
        Button check = new Button(getTranslation("quiz.try-check"), e -> check(quiz, language));
        check.setId("try-check");
        check.addThemeVariants(ButtonVariant.PRIMARY);
        result.setId("try-result");
        add(check, result);
    }

    private void check(QuizDefinition quiz, Language language) {
        Grading.Graded graded = tryOuts.check(token);
        result.removeAll();
        marks.forEach(Span::removeFromParent);
        marks.clear();
        Paragraph score = new Paragraph(getTranslation(graded.passed() ? "quiz.try-passed" : "quiz.try-failed", graded.percent()));
        score.setId("try-score");
        result.add(score);
        quiz.bandFor(graded.percent()).ifPresent(band -> result.add(new Paragraph(quiz.text(band.texts(), language))));
        graded.shares().forEach((key, share) -> {
            Span mark = new Span(getTranslation(share >= 1 ? "quiz.try-right" : share > 0 ? "quiz.try-partly" : "quiz.try-wrong"));
            mark.getElement().getThemeList().add(share >= 1 ? "badge success" : share > 0 ? "badge" : "badge error");
            mark.setId("try-mark-" + key);
            QuestionCard card = cards.get(key);
            if (card != null) {
                marks.add(mark);
                card.add(mark);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
