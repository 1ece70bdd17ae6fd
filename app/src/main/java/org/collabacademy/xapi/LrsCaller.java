package org.collabacademy.xapi;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The client calling the Statement API, as the security context holds it. Its authority agent (an
 * account on the app's home page, named by the key) is written into every statement it sends.
 */
record LrsCaller(long clientId, String apiKey, String name, Set<LrsClient.Scope> scopes, @Nullable Long learnerId) {

    boolean may(LrsClient.Scope scope) {
        return scopes.contains(scope);
    }

    /** Reads everything, or only statements about its own learner (or that it wrote itself). */
    boolean readsAll() {
        return scopes.contains(LrsClient.Scope.STATEMENTS_READ) && learnerId == null;
    }
}
