/** The authoring views: a trainer's courses, the course editor, the page and quiz editors. */
@NullMarked
package org.collabacademy.authoring.ui;

import org.jspecify.annotations.NullMarked;
