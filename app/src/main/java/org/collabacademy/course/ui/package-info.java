/** The catalog, course overview, reader and the content administration views. */
@NullMarked
package org.collabacademy.course.ui;

import org.jspecify.annotations.NullMarked;
