package org.collabacademy.xapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued statements to external learning record stores: at least once, always with the
 * statement's own id, in batches, with exponential back-off and explicit timeouts. A 409 means the LRS
 * has the statement already; a statement refused with 400 is set aside with the LRS's reason while the
 * rest keep flowing. Runs on a background thread only; no user request ever waits for an LRS.
 */
@Component
class LrsForwarder {

    private static final Logger log = LoggerFactory.getLogger(LrsForwarder.class);

    private final LrsEndpointRepository endpoints;
    private final LrsDeliveryRepository deliveries;
    private final StoredStatementRepository statements;
    private final XapiSettings.Delivery settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final HttpClient http;

    LrsForwarder(LrsEndpointRepository endpoints, LrsDeliveryRepository deliveries, StoredStatementRepository statements,
                 XapiSettings settings, TransactionTemplate transactions, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.statements = statements;
        this.settings = settings.delivery();
        this.transactions = transactions;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(this.settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One round over every enabled endpoint; returns how many statements were delivered. */
    int deliverDue() {
        int delivered = 0;
        for (LrsEndpoint endpoint : endpoints.findByEnabledTrue()) {
            try {
                delivered += deliverBatch(endpoint.id());
            } catch (RuntimeException e) {
                log.warn("Delivery to {} failed: {}", endpoint.name(), e.toString());
            }
        }
        return delivered;
    }

    private record Batch(LrsEndpoint endpoint, List<UUID> ids, Map<UUID, String> json, Instant claimedUntil) {
    }

    int deliverBatch(long endpointId) {
        Batch batch = transactions.execute(status -> claim(endpointId));
        if (batch == null || batch.ids().isEmpty()) {
            return 0;
        }
        Outcome outcome = send(batch.endpoint(), batch.ids().stream().map(batch.json()::get).collect(Collectors.joining(",", "[", "]")));
        if (outcome.status() == 400 && batch.ids().size() > 1) {
            // find the statements the LRS refuses by sending them one by one; the others go through
            int delivered = 0;
            for (UUID id : batch.ids()) {
                if (clock.instant().plus(settings.connectTimeout()).plus(settings.readTimeout()).isAfter(batch.claimedUntil())) {
                    // the rest waits for the next round, so that no other node sends what this one still holds
                    break;
                }
                Outcome single = send(batch.endpoint(), "[" + batch.json().get(id) + "]");
                delivered += record(endpointId, List.of(id), single);
            }
            return delivered;
        }
        return record(endpointId, batch.ids(), outcome);
    }

    private Batch claim(long endpointId) {
        LrsEndpoint endpoint = endpoints.findById(endpointId).orElseThrow();
        Instant now = clock.instant();
        List<UUID> claimed = new ArrayList<>();
        // the claim covers the batch's send and one single resend, little more: a node that dies while sending
        // (SIGKILL, power cut) leaves its batch to be sent again soon after, by itself after a restart or by another node
        Duration oneSend = settings.connectTimeout().plus(settings.readTimeout());
        Instant claimedUntil = now.plus(oneSend).plus(oneSend).plusSeconds(10);
        for (LrsDelivery due : deliveries.due(endpointId, now, PageRequest.of(0, settings.batchSize()))) {
            if (deliveries.claim(new LrsDelivery.Key(endpointId, due.statementId()), now, claimedUntil) == 1) {
                claimed.add(due.statementId());
            }
        }
        Map<UUID, String> json = statements.findAllById(claimed).stream()
                .collect(Collectors.toMap(StoredStatement::id, StoredStatement::statement, (a, b) -> a));
        return new Batch(endpoint, claimed, json, claimedUntil);
    }

    /** The LRS's answer: an HTTP status, or 0 with the error when no answer came. */
    private record Outcome(int status, String detail) {

        boolean delivered() {
            return status == 200 || status == 204 || status == 409;
        }
    }

    private Outcome send(LrsEndpoint endpoint, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.statementsUrl()))
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/json")
                .header("X-Experience-API-Version", "1.0.3")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!endpoint.username().isEmpty()) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (endpoint.username() + ":" + endpoint.password()).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(response.statusCode(), "HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
        } catch (IOException e) {
            return new Outcome(0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "interrupted");
        }
    }

    private int record(long endpointId, List<UUID> ids, Outcome outcome) {
        Integer delivered = transactions.execute(status -> {
            Instant now = clock.instant();
            LrsEndpoint endpoint = endpoints.findById(endpointId).orElseThrow();
            Function<UUID, LrsDelivery> delivery = id -> deliveries.findById(new LrsDelivery.Key(endpointId, id)).orElseThrow();
            if (outcome.delivered()) {
                ids.forEach(id -> delivery.apply(id).delivered(now));
                endpoint.succeeded();
                return ids.size();
            }
            if (outcome.status() == 400) {
                ids.forEach(id -> delivery.apply(id).dead(outcome.detail()));
                endpoint.succeeded();
                return 0;
            }
            ids.forEach(id -> delivery.apply(id).retryLater(outcome.detail(), now, settings.firstRetry(), settings.maxRetry()));
            endpoint.failed(outcome.detail(), now);
            return 0;
        });
        return delivered == null ? 0 : delivered;
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 500 ? flat : flat.substring(0, 497) + "…";
    }
}
