package org.collabacademy.quiz.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/**
 * One question while the attempt is open, with its save state. The browser marks the question "not saved
 * yet" the moment the learner changes an answer; the mark goes when the server confirms the save, which
 * after a lost connection happens as soon as the connection returns (Vaadin resends what was queued).
 */
class QuestionCard extends Section {

    private final Span state = new Span();

    QuestionCard(int number, String text, Component input, boolean answered) {
        addClassName("question-card");
        H2 heading = new H2(getTranslation("quiz.question-number", number) + " " + text);
        heading.setId("question-heading-" + number);
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        state.addClassName("save-state");
        state.getElement().setAttribute("aria-live", "polite");
        state.getElement().setAttribute("data-pending-label", getTranslation("quiz.not-saved-yet"));
        state.setText(getTranslation(answered ? "quiz.saved" : "quiz.not-answered"));
        add(heading, new Div(input), state);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // client-side only: flag a change at once; a new server confirmation (data-saved-at) clears the flag
        getElement().executeJs("""
                const card = this;
                const pending = () => card.setAttribute('data-pending', '');
                card.addEventListener('change', pending, true);
                card.addEventListener('input', pending, true);
                card.addEventListener('click', e => { if (e.target.closest('vaadin-button')) pending(); }, true);
                new MutationObserver(() => card.removeAttribute('data-pending'))
                    .observe(card, {attributes: true, attributeFilter: ['data-saved-at']});
                """);
    }

    void saved(Instant at) {
        state.setText(getTranslation("quiz.saved-at", DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(at)));
        getElement().setAttribute("data-saved-at", String.valueOf(at.toEpochMilli()));
    }

    void failed(@Nullable String message) {
        state.setText(message == null ? getTranslation("quiz.not-saved") : message);
        getElement().setAttribute("data-failed", true);
    }

    String stateText() {
        return state.getText();
    }
}
