/**
 * Courses, modules and pages: importing them from the content folder, the catalog and the reader,
 * and what each learner has read.
 */
@NullMarked
package org.collabacademy.course;

import org.jspecify.annotations.NullMarked;
