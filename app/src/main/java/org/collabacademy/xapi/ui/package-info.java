/** Browsing and exporting statements; configuring external learning record stores and watching delivery. */
@NullMarked
package org.collabacademy.xapi.ui;

import org.jspecify.annotations.NullMarked;
