/**
 * Learning records: every learning event as an xAPI 1.0.3 statement (built with ADL's jxapi model) in
 * the app's own append-only store, written in the transaction of the event that caused it, and
 * forwarded to external learning record stores through a transactional outbox.
 */
@NullMarked
package org.collabacademy.xapi;

import org.jspecify.annotations.NullMarked;
