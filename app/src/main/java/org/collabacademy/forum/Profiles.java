package org.collabacademy.forum;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import org.collabacademy.base.Language;
import org.collabacademy.base.LanguagePreferences;
import org.collabacademy.base.SignedIn;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The forum's copy of the signed-in person, made at their first visit and kept current at each one. */
@Component
class Profiles {

    private final ForumProfileRepository profiles;
    private final LanguagePreferences languages;
    private final Clock clock;

    Profiles(ForumProfileRepository profiles, LanguagePreferences languages, Clock clock) {
        this.profiles = profiles;
        this.languages = languages;
        this.clock = clock;
    }

    /** The signed-in person's profile (created or refreshed); refuses when no one is signed in. */
    @Transactional(propagation = Propagation.MANDATORY)
    ForumProfile me() {
        SignedIn me = SignedIn.current().orElseThrow(() -> new AuthorizationDeniedException("No one is signed in"));
        String language = languages.ofCurrentUser().orElse(Language.ENGLISH).tag();
        ForumProfile profile = profiles.findById(me.userId()).orElse(null);
        if (profile == null) {
            return profiles.save(new ForumProfile(me.userId(), freeHandle(me.displayName(), me.userId()), me.displayName(), me.email(),
                    language, clock.instant()));
        }
        if (!profile.displayName().equals(me.displayName()) || !profile.email().equals(me.email()) || !profile.language().equals(language)) {
            profile.refresh(me.displayName(), me.email(), language);
        }
        return profile;
    }

    /** A handle from the name: "Anna Kuznetsova" becomes "anna.kuznetsova", with a number when it is taken. */
    private String freeHandle(String name, long userId) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{Ll}\\p{N}]+", ".").replaceAll("^\\.+|\\.+$", "");
        String base = ascii.length() < 2 ? "member" : ascii.substring(0, Math.min(40, ascii.length())).replaceAll("\\.+$", "");
        if (!profiles.existsByHandle(base)) {
            return base;
        }
        for (int i = 2; i < 100; i++) {
            if (!profiles.existsByHandle(base + i)) {
                return base + i;
            }
        }
        return base + "." + userId;
    }
}
