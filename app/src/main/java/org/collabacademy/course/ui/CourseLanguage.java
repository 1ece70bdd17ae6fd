package org.collabacademy.course.ui;

import com.vaadin.flow.component.UI;
import org.collabacademy.base.Language;

/** The interface language, which is also the language learners read courses in (when translated). */
final class CourseLanguage {

    private CourseLanguage() {
    }

    static Language current() {
        UI ui = UI.getCurrent();
        return ui == null ? Language.ENGLISH : Language.of(ui.getLocale()).orElse(Language.ENGLISH);
    }
}
