package org.collabacademy.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.collabacademy.base.Language;

/** Lets anyone switch the interface language; the page reloads so every text follows. */
class LanguageSwitch extends Select<Language> {

    LanguageSwitch(UserLocale userLocale) {
        setItems(Language.values());
        setItemLabelGenerator(Language::nativeName);
        setAriaLabel(getTranslation("shell.language"));
        setId("language-switch");
        addClassName("language-switch");
        setValue(Language.of(UI.getCurrent().getLocale()).orElse(Language.ENGLISH));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                userLocale.choose(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
