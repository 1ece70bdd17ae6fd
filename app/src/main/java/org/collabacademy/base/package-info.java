/**
 * What every feature shares: the main layout, the supported languages and the start-up diagnostics.
 * Base depends on no feature; features plug into it (for example by implementing {@link org.collabacademy.base.LanguagePreferences}).
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.collabacademy.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
