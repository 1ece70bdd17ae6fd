package org.collabacademy.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import org.collabacademy.base.Language;
import org.collabacademy.base.LanguagePreferences;
import org.springframework.stereotype.Component;

/**
 * Decides the language of each new UI: the signed-in user's saved choice, else the visitor's cookie,
 * else the browser's languages. A choice made with the language switch is kept for all three.
 */
@Component
class UserLocale implements VaadinServiceInitListener {

    static final String COOKIE = "collabacademy-language";
    private static final String RESOLVED_FOR = UserLocale.class.getName() + ".resolvedFor";
    private static final String LANGUAGE = UserLocale.class.getName() + ".language";
    private static final String CHOSEN = UserLocale.class.getName() + ".chosen";

    private final LanguagePreferences preferences;
    private final AuthenticationContext authentication;

    UserLocale(LanguagePreferences preferences, AuthenticationContext authentication) {
        this.preferences = preferences;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI(), VaadinRequest.getCurrent()));
    }

    /** Every new UI (a page load or reload) gets the session's language; Vaadin would otherwise pick the browser's. */
    void apply(UI ui, VaadinRequest request) {
        Language language = resolve(ui.getSession(), request);
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
        // the page was rendered with the browser's language; screen readers need the one we show
        ui.getPage().executeJs("document.documentElement.lang = $0", language.tag());
    }

    /**
     * Resolves once per session and user, so that a sign-in switches to the user's own language, unless
     * they picked one with the switch in this session: then that choice wins and is saved for them.
     */
    private Language resolve(VaadinSession session, VaadinRequest request) {
        String who = authentication.getPrincipalName().orElse("");
        if (who.equals(session.getAttribute(RESOLVED_FOR)) && session.getAttribute(LANGUAGE) instanceof Language known) {
            return known;
        }
        session.setAttribute(RESOLVED_FOR, who);
        Language language;
        if (session.getAttribute(CHOSEN) != null && session.getAttribute(LANGUAGE) instanceof Language chosen) {
            language = chosen;
            if (authentication.isAuthenticated()) {
                preferences.rememberForCurrentUser(chosen);
            }
        } else {
            Optional<Language> saved = authentication.isAuthenticated() ? preferences.ofCurrentUser() : Optional.empty();
            language = saved.or(() -> fromCookie(request))
                    .orElseGet(() -> request == null ? Language.ENGLISH : Language.bestMatch(Collections.list(request.getLocales())));
        }
        session.setAttribute(LANGUAGE, language);
        return language;
    }

    /** The user picked a language with the switch: applies to this session, this browser and their account. */
    void choose(Language language) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(LANGUAGE, language);
        session.setAttribute(CHOSEN, Boolean.TRUE);
        session.setLocale(language.locale());
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.tag());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        if (authentication.isAuthenticated()) {
            preferences.rememberForCurrentUser(language);
        }
    }

    private static Optional<Language> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(Objects::nonNull)
                .map(Language::ofTag)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
