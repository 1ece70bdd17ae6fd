package org.collabacademy.course;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the course files are (COLLABACADEMY_CONTENT_DIR, relative to the working directory), and whether
 * to import them at start. A plain string, because Spring would read a Path as a classpath resource.
 */
@ConfigurationProperties("collabacademy.content")
record ContentSettings(@DefaultValue("./course-content") String dir, @DefaultValue("true") boolean importAtStart) {

    Path folder() {
        return Path.of(dir);
    }
}
