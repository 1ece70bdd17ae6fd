package org.collabacademy.forum;

import java.time.Clock;
import java.util.Optional;
import org.collabacademy.forum.ForumViews.NotificationLine;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's notifications and e-mail choices, and unsubscribing from an e-mail's link. */
@Service
@Transactional
public class Inbox {

    private final NotificationRepository notifications;
    private final PostRepository posts;
    private final ThreadRepository threads;
    private final PlaceRepository places;
    private final ForumProfileRepository people;
    private final SubscriptionRepository subscriptions;
    private final UnsubscribeTokenRepository tokens;
    private final Profiles profiles;
    private final Clock clock;

    Inbox(NotificationRepository notifications, PostRepository posts, ThreadRepository threads, PlaceRepository places,
          ForumProfileRepository people, SubscriptionRepository subscriptions, UnsubscribeTokenRepository tokens, Profiles profiles, Clock clock) {
        this.notifications = notifications;
        this.posts = posts;
        this.threads = threads;
        this.places = places;
        this.people = people;
        this.subscriptions = subscriptions;
        this.tokens = tokens;
        this.profiles = profiles;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByUserIdAndReadAtIsNull(Access.signedIn().userId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<NotificationLine> notifications(Pageable page) {
        Page<ForumNotification> found = notifications.findByUserIdOrderByCreatedAtDesc(Access.signedIn().userId(), page);
        return found.map(this::line);
    }

    @PreAuthorize("isAuthenticated()")
    public void markRead(long notificationId) {
        notifications.findById(notificationId).filter(n -> n.userId() == Access.signedIn().userId()).ifPresent(n -> n.read(clock.instant()));
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        notifications.readAll(Access.signedIn().userId(), clock.instant());
    }

    /** The e-mail choice for places and threads the user has not set one for. */
    @PreAuthorize("isAuthenticated()")
    public EmailMode emailDefault() {
        return profiles.me().emailDefault();
    }

    @PreAuthorize("isAuthenticated()")
    public void chooseEmailDefault(EmailMode mode) {
        profiles.me().emailDefault(mode);
    }

    /**
     * Follows an e-mail's unsubscribe link (no sign-in needed: the token is the proof). A place's link stops
     * e-mails from that place; the digest's link stops all forum e-mails. Returns the place's title, or
     * empty for all places; nothing when the token is unknown.
     */
    @PreAuthorize("permitAll()")
    public Optional<String> unsubscribe(String token) {
        return tokens.findById(token).map(found -> {
            if (found.placeId() == null) {
                people.findById(found.userId()).ifPresent(p -> p.emailDefault(EmailMode.OFF));
                subscriptions.findByUserId(found.userId()).forEach(s -> s.choose(s.level(), EmailMode.OFF));
                return "";
            }
            long placeId = found.placeId();
            Subscription choice = subscriptions.findByUserIdAndPlaceIdAndThreadId(found.userId(), placeId, 0)
                    .orElseGet(() -> subscriptions.save(new Subscription(found.userId(), placeId, 0, Level.TRACKING, EmailMode.OFF)));
            choice.choose(choice.level(), EmailMode.OFF);
            return places.findById(placeId).map(Place::title).orElse("");
        });
    }

    NotificationLine line(ForumNotification notification) {
        Post post = posts.findById(notification.postId()).orElse(null);
        ForumThread thread = threads.findById(notification.threadId()).orElse(null);
        Place place = places.findById(notification.placeId()).orElse(null);
        String author = post == null || post.authorId() == null ? "CollabAcademy"
                : people.findById(post.authorId()).map(ForumProfile::displayName).orElse("?");
        String excerpt = post == null || post.deleted() || post.hidden() ? "" : excerpt(post.markdown());
        return new NotificationLine(notification.id(), notification.reason(), place == null ? "" : place.key(),
                place == null ? "" : place.title(), notification.threadId(), thread == null ? "" : thread.title(),
                post == null ? 1 : post.number(), author, excerpt, notification.createdAt(), notification.readAt() != null);
    }

    static String excerpt(String markdown) {
        String flat = markdown.replaceAll("(?m)^>.*$", "").replaceAll("[#*_`>\\[\\]]", "").replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }
}
