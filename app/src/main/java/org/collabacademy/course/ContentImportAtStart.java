package org.collabacademy.course;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Imports the content folder when the application starts (unless switched off), logging every problem. */
@Component
@Order(20)
class ContentImportAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContentImportAtStart.class);

    private final ContentImport contentImport;
    private final ContentSettings settings;

    ContentImportAtStart(ContentImport contentImport, ContentSettings settings) {
        this.contentImport = contentImport;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.importAtStart()) {
            return;
        }
        log.info("Importing course content from {}", settings.folder().toAbsolutePath().normalize());
        ImportReport report = contentImport.importAll();
        log.info("Imported course content from {}: {}", settings.folder().toAbsolutePath().normalize(), ContentImport.summary(report));
        report.courses().stream().flatMap(c -> c.problems().stream()).forEach(problem -> log.warn("Course content problem: {}", problem));
    }
}
