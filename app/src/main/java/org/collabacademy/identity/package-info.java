/** Accounts, roles, sign-up, sign-in and the security rules of the whole application. */
@NullMarked
package org.collabacademy.identity;

import org.jspecify.annotations.NullMarked;
