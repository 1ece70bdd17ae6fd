package org.collabacademy.course.content;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The content-case corpus in {@code src/test/resources/content-cases}, for tests of every package. */
public final class ContentCases {

    private ContentCases() {
    }

    public static Path root() {
        try {
            return Path.of(ContentCases.class.getResource("/content-cases").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content folder of one case, e.g. {@code valid} or {@code missing-files}. */
    public static Path content(String name) {
        return root().resolve(name).resolve("content");
    }
}
