package org.collabacademy.forum;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several nodes on one PostgreSQL: a new post is announced with NOTIFY on a channel that every node LISTENs
 * to over a connection of its own, so a reply written on one node appears on the others within a moment.
 * The listening connection is re-opened when it drops.
 */
class PostgresLiveFeed implements LiveFeed, AutoCloseable {

    static final String CHANNEL = "collabacademy_forum";
    private static final Logger log = LoggerFactory.getLogger(PostgresLiveFeed.class);

    private final String url;
    private final @Nullable String user;
    private final @Nullable String password;
    private final LiveReplies replies;
    private final Thread listener;
    private volatile boolean running = true;

    PostgresLiveFeed(String url, @Nullable String user, @Nullable String password, LiveReplies replies) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.replies = replies;
        this.listener = Thread.ofPlatform().daemon().name("forum-live-feed").start(this::listen);
    }

    @Override
    public void publish(ForumEvents.PostPublished post) {
        String payload = post.placeId() + ":" + post.threadId() + ":" + post.postId() + ":" + post.number() + ":" + post.authorId();
        try (Connection connection = connect(); PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        } catch (SQLException e) {
            // the post is saved; only the live update is lost, and a reload shows it
            log.warn("Could not announce post {} to other nodes; delivering it on this node only", post.postId(), e);
            replies.deliver(post);
        }
    }

    private void listen() {
        Duration backoff = Duration.ofSeconds(1);
        while (running) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                backoff = Duration.ofSeconds(1);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            parse(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("The live forum feed lost its database connection; retrying in {}", backoff, e);
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : backoff.multipliedBy(2);
                }
            }
        }
    }

    private void parse(String payload) {
        String[] parts = payload.split(":");
        if (parts.length == 5) {
            try {
                replies.deliver(new ForumEvents.PostPublished(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                        Integer.parseInt(parts[3]), Long.parseLong(parts[4])));
            } catch (NumberFormatException e) {
                log.warn("Ignoring a malformed live forum message: {}", payload);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
    }
}
