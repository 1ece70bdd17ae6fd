/**
 * Discussions: communities of practice (per cluster, region or topic) and a board per course with a thread per
 * module. Threads and replies in Markdown through the shared sanitizer, reactions, answers, wiki posts that a
 * community edits together, unread markers, search, live replies across nodes, subscriptions with in-app and
 * e-mail notifications, and moderation (flags, review queue, hide, lock, pin, move, mute, a log of every action).
 */
@NullMarked
package org.collabacademy.forum;

import org.jspecify.annotations.NullMarked;
