package org.collabacademy.xapi;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Learning-record settings (prefix {@code collabacademy.xapi}): endpoints defined by configuration and
 * delivery tuning. The public address comes from {@link org.collabacademy.base.PublicUrl}.
 */
@ConfigurationProperties("collabacademy.xapi")
record XapiSettings(
        @DefaultValue List<Endpoint> endpoints,
        @DefaultValue Delivery delivery,
        @DefaultValue Api api) {

    /** The built-in LRS's Statement API: requests per client and minute, statements per GET page. */
    record Api(@DefaultValue("6000") int requestsPerMinute, @DefaultValue("100") int pageSize) {
    }

    /** An external LRS, e.g. {@code collabacademy.xapi.endpoints[0].url=https://lrs.example.org/xapi/}. */
    record Endpoint(String name, String url, @DefaultValue("") String username, @DefaultValue("") String password,
                    @DefaultValue("true") boolean enabled) {
    }

    record Delivery(
            @DefaultValue("50") int batchSize,
            @DefaultValue("5s") Duration firstRetry,
            @DefaultValue("10m") Duration maxRetry,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("15s") Duration readTimeout,
            @DefaultValue("15m") Duration alertAfter) {
    }
}
