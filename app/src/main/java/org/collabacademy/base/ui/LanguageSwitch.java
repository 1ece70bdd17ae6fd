package org.collabacademy.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.collabacademy.base.Language;

/**
 * Lets anyone switch the interface language; the page reloads so every text follows.
 * <p>
 * A {@code vaadin-select} whose four items the browser draws from its {@code items} property, not Flow's
 * {@code Select}: that one makes a list box and an item component per language, ten of the shell's 25 state nodes
 * in every session, for a choice made once.
 */
@Tag("vaadin-select")
class LanguageSwitch extends AbstractSinglePropertyField<LanguageSwitch, Language> {

    /** The items as the web component reads them: the language's own name, and its tag as the value. */
    private static final List<Map<String, String>> ITEMS = Arrays.stream(Language.values())
            .map(language -> Map.of("label", language.nativeName(), "value", language.tag())).toList();

    LanguageSwitch(UserLocale userLocale) {
        super("value", null, String.class, tag -> Language.ofTag(tag).orElse(null), language -> language == null ? "" : language.tag());
        getElement().setPropertyList("items", ITEMS);
        getElement().setProperty("accessibleName", getTranslation("shell.language"));
        setId("language-switch");
        getElement().getClassList().add("language-switch");
        setValue(Language.of(UI.getCurrent().getLocale()).orElse(Language.ENGLISH));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                userLocale.choose(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
