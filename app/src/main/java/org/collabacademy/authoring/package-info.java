/**
 * Authoring in the app: trainers' drafts of courses (the course-content format held in the database),
 * publishing them through the course feature's importer checks, content versions, comparing and rolling
 * back, export and import as zip, and co-authors.
 */
@NullMarked
package org.collabacademy.authoring;

import org.jspecify.annotations.NullMarked;
