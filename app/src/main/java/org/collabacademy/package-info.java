/** CollabAcademy: learn to collaborate, then collaborate. Each sub-package is one feature. */
@NullMarked
package org.collabacademy;

import org.jspecify.annotations.NullMarked;
