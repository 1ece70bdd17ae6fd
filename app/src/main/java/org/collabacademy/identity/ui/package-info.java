/** Sign-in, sign-up and the administrators' user management. */
@NullMarked
package org.collabacademy.identity.ui;

import org.jspecify.annotations.NullMarked;
