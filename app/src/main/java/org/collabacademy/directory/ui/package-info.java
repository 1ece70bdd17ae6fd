/** The directory's views: partner search, profiles, my organization, suggestions, interests and the administrators' list. */
@NullMarked
package org.collabacademy.directory.ui;

import org.jspecify.annotations.NullMarked;
