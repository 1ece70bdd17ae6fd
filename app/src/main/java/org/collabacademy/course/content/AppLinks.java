package org.collabacademy.course.content;

import java.util.Set;

/**
 * The places in the app that course pages may link to with {@code app:<path>} (for example
 * {@code [Create your profile](app:directory/my-organization)}): a fixed list, so that a typo is reported at
 * import like a broken page link, and so that content cannot point anywhere else inside the app.
 */
public final class AppLinks {

    public static final Set<String> DESTINATIONS = Set.of("courses", "my-learning", "certificates", "forum", "notifications",
            "directory", "directory/my-organization", "directory/suggestions", "directory/interests", "verify");

    private AppLinks() {
    }
}
