/** The learner's "My learning" dashboard and the trainer's course dashboard. */
@NullMarked
package org.collabacademy.progress.ui;

import org.jspecify.annotations.NullMarked;
