package org.collabacademy.base;

import java.util.List;
import java.util.Locale;

/**
 * Something a feature wants to tell a signed-in user the next time a page opens (a certificate is ready,
 * a reply arrived). The shell shows what every implementation returns; each message is shown once.
 */
public interface Announcements {

    /** The signed-in user's new messages in their language; returned messages count as shown. */
    List<String> takeForCurrentUser(Locale locale);
}
