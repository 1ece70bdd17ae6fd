/** The learner's certificates, the public verification page and the administrators' certificate list. */
@NullMarked
package org.collabacademy.certificate.ui;

import org.jspecify.annotations.NullMarked;
