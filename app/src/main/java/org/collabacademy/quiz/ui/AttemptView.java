package org.collabacademy.quiz.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.Question;
import org.collabacademy.course.content.QuizDefinition;
import org.collabacademy.quiz.Answer;
import org.collabacademy.quiz.AttemptSheet;
import org.collabacademy.quiz.QuizTaking;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * An open attempt: every question on one page, each answer saved the moment it is given. Reloading,
 * another device or a new session shows the same attempt with every saved answer.
 */
@Route("attempts/:attempt")
@PermitAll
class AttemptView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizTaking taking;
    private Registration polling = () -> { };
    private final Paragraph progress = new Paragraph();
    private final Set<String> answered = new HashSet<>();
    private long attemptId;
    private int questionCount;
    private String title = "";

    AttemptView(QuizTaking taking) {
        this.taking = taking;
        addClassNames("narrow-reading", "attempt");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        attemptId = event.getRouteParameters().get("attempt").flatMap(this::number).orElseThrow(NotFoundException::new);
        AttemptSheet sheet;
        try {
            sheet = taking.sheet(attemptId);
        } catch (InvalidInput | AuthorizationDeniedException notYours) {
            // someone else's attempt is not found, as if it did not exist
            throw new NotFoundException();
        }
        if (!sheet.attempt().isOpen()) {
            event.forwardTo(ReviewView.class, new RouteParameters("attempt", String.valueOf(attemptId)));
            return;
        }
        render(sheet);
    }

    private void render(AttemptSheet sheet) {
        removeAll();
        QuizDefinition quiz = sheet.definition();
        Language language = QuizLanguage.current();
        title = quiz.text(quiz.titles(), language);
        questionCount = sheet.questions().size();
        answered.clear();
        sheet.answers().forEach((key, answer) -> {
            if (!answer.isEmpty()) {
                answered.add(key);
            }
        });
        add(new H1(title));
        if (sheet.deadline() != null) {
            Paragraph deadline = new Paragraph(getTranslation("quiz.deadline", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(sheet.deadline())));
            deadline.setId("attempt-deadline");
            deadline.addClassName("deadline");
            add(deadline);
            // the server closes the attempt at the deadline; polling brings this page along
            UI.getCurrent().setPollInterval(15_000);
            polling.remove();
            polling = UI.getCurrent().addPollListener(e -> checkStillOpen());
        }
        progress.setId("attempt-progress");
        add(progress);
        int number = 1;
        for (Question question : sheet.questions()) {
            Answer saved = sheet.answers().getOrDefault(question.key(), Answer.empty());
            List<String> order = sheet.choiceOrders().getOrDefault(question.key(), List.of());
            QuestionCard[] card = new QuestionCard[1];
            card[0] = new QuestionCard(number++, quiz.text(question.texts(), language),
                    AnswerInput.of(quiz, question, order, saved, language, answer -> save(question.key(), answer, card[0])),
                    !saved.isEmpty());
            card[0].setId("question-" + question.key());
            add(card[0]);
        }
        Button submit = new Button(getTranslation("quiz.submit"), e -> confirmSubmit());
        submit.setId("attempt-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        add(submit);
        showProgress();
    }

    private void save(String questionKey, Answer answer, QuestionCard card) {
        try {
            card.saved(taking.save(attemptId, questionKey, answer));
            if (answer.isEmpty()) {
                answered.remove(questionKey);
            } else {
                answered.add(questionKey);
            }
            showProgress();
        } catch (InvalidInput refused) {
            card.failed(getTranslation(refused.problems().getFirst().messageKey()));
            Notification.show(getTranslation(refused.problems().getFirst().messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            checkStillOpen();
        }
    }

    private void showProgress() {
        progress.setText(getTranslation("quiz.progress", answered.size(), questionCount));
    }

    private void confirmSubmit() {
        int open = questionCount - answered.size();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("quiz.submit-title"),
                open == 0 ? getTranslation("quiz.submit-all-answered") : getTranslation("quiz.submit-unanswered", open),
                getTranslation("quiz.submit"), e -> submit());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("submit-confirm");
        confirm.open();
    }

    void submit() {
        taking.submit(attemptId);
        UI.getCurrent().navigate(ReviewView.class, new RouteParameters("attempt", String.valueOf(attemptId)));
    }

    private void checkStillOpen() {
        AttemptSheet sheet = taking.sheet(attemptId);
        if (!sheet.attempt().isOpen()) {
            Notification.show(getTranslation("quiz.time-up")).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            UI.getCurrent().navigate(ReviewView.class, new RouteParameters("attempt", String.valueOf(attemptId)));
        }
    }

    private java.util.Optional<Long> number(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
