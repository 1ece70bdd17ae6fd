package org.collabacademy.forum;

import org.collabacademy.base.NotificationCounter;
import org.collabacademy.base.SignedIn;
import org.springframework.stereotype.Component;

/** The forum's unread notifications, for the badge in the top bar. */
@Component
class UnreadNotifications implements NotificationCounter {

    private final NotificationRepository notifications;

    UnreadNotifications(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public long unreadForCurrentUser() {
        return SignedIn.current().map(me -> notifications.countByUserIdAndReadAtIsNull(me.userId())).orElse(0L);
    }

    @Override
    public String path() {
        return "notifications";
    }
}
