package org.collabacademy.quiz.ui;

import com.vaadin.flow.component.UI;
import org.collabacademy.base.Language;

/** Quizzes are shown in the interface language, falling back to the course's default language per text. */
final class QuizLanguage {

    private QuizLanguage() {
    }

    static Language current() {
        UI ui = UI.getCurrent();
        return ui == null ? Language.ENGLISH : Language.of(ui.getLocale()).orElse(Language.ENGLISH);
    }
}
