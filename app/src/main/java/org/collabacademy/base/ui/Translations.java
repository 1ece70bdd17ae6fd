package org.collabacademy.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.collabacademy.base.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The four interface languages, English first, from {@code vaadin-i18n/translations*.properties}.
 * Unlike Vaadin's default provider it never falls back to the server's own locale, and it lists English
 * first so that a browser asking for an unsupported language gets English, in text and in {@code <html lang>}.
 */
@Component
class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.of(locale).orElse(Language.ENGLISH);
        try {
            String value = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_SERVER_LOCALE).getString(key);
            return params.length == 0 ? value : new MessageFormat(value, language.locale()).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, language);
            return "!" + key;
        }
    }
}
