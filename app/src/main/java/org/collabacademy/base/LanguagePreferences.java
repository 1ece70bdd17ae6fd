package org.collabacademy.base;

import java.util.Optional;

/**
 * Where the signed-in user's language is remembered. Implemented by the identity feature, so that the
 * shell can follow a user across devices without knowing how accounts are stored.
 */
public interface LanguagePreferences {

    /** The language the signed-in user chose last, if any. */
    Optional<Language> ofCurrentUser();

    /** Remembers the signed-in user's choice for their next sign-in. */
    void rememberForCurrentUser(Language language);
}
