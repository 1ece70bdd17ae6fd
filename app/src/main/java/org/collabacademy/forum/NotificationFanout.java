package org.collabacademy.forum;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collabacademy.forum.ForumNotification.EmailState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who hears of a new post, in the post's own transaction: people mentioned (who may read the place),
 * the thread's author (a reply), and everyone watching the thread or place; each at most once per post, with
 * the strongest reason; nobody who muted the thread or place, and never the author themself.
 */
@Component
class NotificationFanout {

    private final ForumProfileRepository profiles;
    private final SubscriptionRepository subscriptions;
    private final NotificationRepository notifications;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationFanout(ForumProfileRepository profiles, SubscriptionRepository subscriptions, NotificationRepository notifications,
                       Access access, ApplicationEventPublisher events, Clock clock) {
        this.profiles = profiles;
        this.subscriptions = subscriptions;
        this.notifications = notifications;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void fanOut(Place place, ForumThread thread, Post post, Set<String> mentioned) {
        long author = post.authorId() == null ? -1 : post.authorId();
        Map<Long, NotificationReason> reasons = new LinkedHashMap<>();
        for (ForumProfile person : profiles.findByHandleIn(mentioned)) {
            if (access.mayRead(place, person)) {
                reasons.put(person.userId(), NotificationReason.MENTION);
            }
        }
        if (thread.authorId() != null) {
            reasons.putIfAbsent(thread.authorId(), NotificationReason.REPLY);
        }
        Map<Long, Subscription> onThread = new HashMap<>();
        Map<Long, Subscription> onPlace = new HashMap<>();
        for (Subscription choice : subscriptions.findByPlaceIdAndThreadIdOrPlaceIdAndThreadId(place.id(), 0, 0, thread.id())) {
            (choice.threadId() == 0 ? onPlace : onThread).put(choice.userId(), choice);
            if (choice.level() == Level.WATCHING) {
                reasons.putIfAbsent(choice.userId(), NotificationReason.WATCHING);
            }
        }
        reasons.remove(author);
        if (reasons.isEmpty()) {
            return;
        }
        Map<Long, ForumProfile> people = new HashMap<>();
        profiles.findAllById(reasons.keySet()).forEach(p -> people.put(p.userId(), p));
        List<ForumNotification> created = new ArrayList<>();
        reasons.forEach((userId, reason) -> {
            ForumProfile person = people.get(userId);
            Subscription choice = onThread.getOrDefault(userId, onPlace.get(userId));
            Level level = choice == null ? Level.TRACKING : choice.level();
            if (person == null || level == Level.MUTED || level == Level.TRACKING && reason == NotificationReason.WATCHING) {
                return;
            }
            EmailMode email = choice == null ? person.emailDefault() : choice.email();
            EmailState state = switch (email) {
                case IMMEDIATE -> EmailState.IMMEDIATE;
                case DAILY -> EmailState.DIGEST;
                case OFF -> EmailState.NONE;
            };
            created.add(new ForumNotification(userId, post.id(), thread.id(), place.id(), reason, state, clock.instant()));
        });
        List<Long> ids = notifications.saveAll(created).stream().map(ForumNotification::id).toList();
        if (!ids.isEmpty()) {
            events.publishEvent(new ForumEvents.NotificationsCreated(ids));
        }
    }
}
