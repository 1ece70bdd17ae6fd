/**
 * Enrolments, completion and dashboards. Learns what learners do from the course and quiz events,
 * computes completion the moment the last condition is met, and announces ModuleCompleted and
 * CourseCompleted.
 */
@NullMarked
package org.collabacademy.progress;

import org.jspecify.annotations.NullMarked;
