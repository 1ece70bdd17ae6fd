/**
 * Certificates, issued the moment a course is completed (PDF/A with embedded fonts and a QR code of the
 * public verification page), and printable PDF handouts of modules.
 */
@NullMarked
package org.collabacademy.certificate;

import org.jspecify.annotations.NullMarked;
