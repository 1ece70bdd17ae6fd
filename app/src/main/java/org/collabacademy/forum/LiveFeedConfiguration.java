package org.collabacademy.forum;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** PostgreSQL: LISTEN/NOTIFY between nodes. Anything else (the embedded H2 database): one node, in memory. */
@Configuration(proxyBeanMethods = false)
class LiveFeedConfiguration {

    @Bean
    LiveFeed liveFeed(DataSourceProperties database, LiveReplies replies) {
        String url = database.determineUrl();
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return new PostgresLiveFeed(url, database.determineUsername(), database.determinePassword(), replies);
        }
        return new LocalLiveFeed(replies);
    }
}
