/**
 * The course-content file format: reading, validating and rendering a content folder. Knows nothing of
 * Spring or the database, so that {@code validate-content} can run without either; the importer is its
 * only other user. Exposed as a named interface for that command.
 */
@NullMarked
@NamedInterface("content")
package org.collabacademy.course.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
