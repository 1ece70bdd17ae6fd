/** Taking a quiz, its review and the self-assessment result. */
@NullMarked
package org.collabacademy.quiz.ui;

import org.jspecify.annotations.NullMarked;
