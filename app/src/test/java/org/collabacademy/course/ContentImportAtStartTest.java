package org.collabacademy.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** COLLABACADEMY_CONTENT_IMPORT_AT_START: whether the content folder is imported when the app starts. */
class ContentImportAtStartTest {

    private final ContentImport contentImport = mock(ContentImport.class);

    @Test
    void switched_off_nothing_is_imported_at_start() {
        new ContentImportAtStart(contentImport, settings(Map.of("collabacademy.content.import-at-start", "false")))
                .run(new DefaultApplicationArguments());

        verifyNoInteractions(contentImport);
    }

    @Test
    void switched_on_the_folder_is_imported_once_at_start() {
        when(contentImport.importAll()).thenReturn(ImportReport.none());
        new ContentImportAtStart(contentImport, settings(Map.of("collabacademy.content.import-at-start", "true")))
                .run(new DefaultApplicationArguments());

        verify(contentImport, times(1)).importAll();
    }

    @Test
    void importing_at_start_is_the_default() {
        assertThat(settings(Map.of()).importAtStart()).isTrue();
    }

    /** The settings as Spring binds them from properties (and so from the environment variable). */
    private static ContentSettings settings(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("collabacademy.content", ContentSettings.class);
    }
}
