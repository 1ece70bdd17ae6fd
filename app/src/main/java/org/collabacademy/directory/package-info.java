/**
 * The partner directory: organization profiles (what a firm offers and seeks), search with facets and saved
 * searches, suggested partners ranked from what each side offers and seeks and from the collaboration
 * profile, and expressions of interest that disclose names and contacts only after both sides agree.
 */
@NullMarked
package org.collabacademy.directory;

import org.jspecify.annotations.NullMarked;
