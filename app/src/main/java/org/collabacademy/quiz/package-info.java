/**
 * Quizzes and self-assessments: their definitions (imported with the course content), attempts whose
 * every answer is saved as it is given, grading on the server, review, and the learner's collaboration
 * profile. Publishes an event for each attempt started, answer saved and attempt submitted.
 */
@NullMarked
package org.collabacademy.quiz;

import org.jspecify.annotations.NullMarked;
