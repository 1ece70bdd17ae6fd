/** Markdown to safe HTML, shared by course pages, forum posts and the authoring preview. */
@NullMarked
package org.collabacademy.base.markdown;

import org.jspecify.annotations.NullMarked;
