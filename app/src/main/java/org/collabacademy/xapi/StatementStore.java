package org.collabacademy.xapi;

import com.google.gson.JsonObject;
import gov.adlnet.xapi.model.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends statements to the store and, in the same transaction, queues them for every enabled external
 * LRS (the outbox): a statement is either stored and queued, or neither.
 */
@Component
class StatementStore {

    private final StoredStatementRepository statements;
    private final EnabledEndpoints enabledEndpoints;
    private final LrsDeliveryRepository deliveries;
    private final Clock clock;

    StatementStore(StoredStatementRepository statements, EnabledEndpoints enabledEndpoints, LrsDeliveryRepository deliveries, Clock clock) {
        this.statements = statements;
        this.enabledEndpoints = enabledEndpoints;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Joins the caller's transaction: the statement lives or dies with the event that caused it. */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID append(Statement statement, @Nullable Long learnerId, @Nullable String courseKey, @Nullable UUID registration, Instant timestamp) {
        Instant now = clock.instant();
        JsonObject json = statement.serialize().getAsJsonObject();
        json.addProperty("stored", DateTimeFormatter.ISO_INSTANT.format(now));
        json.addProperty("version", "1.0.0");
        UUID id = UUID.fromString(statement.getId());
        statements.save(new StoredStatement(id, now, timestamp, learnerId, courseKey, statement.getVerb().getId(),
                json.getAsJsonObject("object").get("id").getAsString(), registration, json.toString()));
        for (long endpoint : enabledEndpoints.ids()) {
            deliveries.save(new LrsDelivery(endpoint, id, now));
        }
        return id;
    }
}
