/** The application shell: main layout, language switch, landing page and error pages. */
@NullMarked
package org.collabacademy.base.ui;

import org.jspecify.annotations.NullMarked;
