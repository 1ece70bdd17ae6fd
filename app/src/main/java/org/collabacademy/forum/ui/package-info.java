/** The forum's views: communities and boards, threads, notifications, the review queue, search and unsubscribing. */
@NullMarked
package org.collabacademy.forum.ui;

import org.jspecify.annotations.NullMarked;
