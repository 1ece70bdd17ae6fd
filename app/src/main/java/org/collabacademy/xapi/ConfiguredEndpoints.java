package org.collabacademy.xapi;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates or updates the endpoints given by properties ({@code collabacademy.xapi.endpoints[n].*}) at start. */
@Component
class ConfiguredEndpoints implements ApplicationRunner {

    private final XapiSettings settings;
    private final LrsEndpointRepository endpoints;
    private final Clock clock;

    ConfiguredEndpoints(XapiSettings settings, LrsEndpointRepository endpoints, Clock clock) {
        this.settings = settings;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (XapiSettings.Endpoint configured : settings.endpoints()) {
            LrsEndpoint endpoint = endpoints.findByName(configured.name()).orElseGet(() -> new LrsEndpoint(configured.name(), clock.instant()));
            endpoint.configure(configured.name(), configured.url(), configured.username(), configured.password(), configured.enabled());
            endpoints.save(endpoint);
        }
    }
}
