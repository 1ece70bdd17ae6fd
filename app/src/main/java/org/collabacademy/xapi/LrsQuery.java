package org.collabacademy.xapi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A GET /statements query, parsed and checked from the request's parameters. Its {@code more} token
 * carries the same parameters plus where the previous page ended, so that any node can serve the next
 * page (no state on the server).
 */
public record LrsQuery(@Nullable String agent, @Nullable String verb, @Nullable String activity, @Nullable UUID registration,
                             boolean relatedActivities, boolean relatedAgents, @Nullable Instant since, @Nullable Instant until,
                             int limit, String format, boolean attachments, boolean ascending, @Nullable Cursor after,
                             Map<String, String> parameters) {

    static final Set<String> PARAMETERS = Set.of("agent", "verb", "activity", "registration", "related_activities", "related_agents",
            "since", "until", "limit", "format", "attachments", "ascending");

    /** Where a page ended: the last statement's stored time and place in the store's order. */
    public record Cursor(Instant stored, long seq) {
    }

    /** Parses the parameters of a query; a bad one is a 400 that names it. */
    static LrsQuery parse(Map<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new LrsException(400, name + ": not a parameter of GET /statements");
            }
        }
        String agent = null;
        if (parameters.containsKey("agent")) {
            JsonNode node;
            try {
                node = XapiJson.JSON.readTree(parameters.get("agent"));
            } catch (RuntimeException notJson) {
                throw new LrsException(400, "agent: not a JSON agent");
            }
            java.util.List<String> problems = new java.util.ArrayList<>();
            checkAgent(node, problems);
            if (!problems.isEmpty() || XapiJson.ifi(node) == null) {
                throw new LrsException(400, "agent: " + (problems.isEmpty() ? "needs an identifier" : problems.getFirst()));
            }
            agent = XapiJson.ifi(node);
        }
        String verb = parameters.get("verb");
        if (verb != null && !StatementRules.isAbsoluteIri(verb)) {
            throw new LrsException(400, "verb: must be an IRI");
        }
        String activity = parameters.get("activity");
        if (activity != null && !StatementRules.isAbsoluteIri(activity)) {
            throw new LrsException(400, "activity: must be an IRI");
        }
        UUID registration = null;
        if (parameters.containsKey("registration")) {
            try {
                registration = UUID.fromString(parameters.get("registration"));
            } catch (IllegalArgumentException notUuid) {
                throw new LrsException(400, "registration: must be a UUID");
            }
        }
        int limit = 0;
        if (parameters.containsKey("limit")) {
            try {
                limit = Integer.parseInt(parameters.get("limit"));
            } catch (NumberFormatException notNumber) {
                throw new LrsException(400, "limit: must be a whole number");
            }
            if (limit < 0) {
                throw new LrsException(400, "limit: must not be negative");
            }
        }
        String format = parameters.getOrDefault("format", "exact");
        if (!Set.of("ids", "exact", "canonical").contains(format)) {
            throw new LrsException(400, "format: must be ids, exact or canonical");
        }
        return new LrsQuery(agent, verb, activity, registration, bool(parameters, "related_activities"), bool(parameters, "related_agents"),
                time(parameters, "since"), time(parameters, "until"), limit, format, bool(parameters, "attachments"), bool(parameters, "ascending"),
                null, Map.copyOf(parameters));
    }

    private static void checkAgent(JsonNode node, java.util.List<String> problems) {
        ObjectNode statement = XapiJson.JSON.createObjectNode();
        statement.set("actor", node);
        statement.putObject("verb").put("id", "http://example.com/v");
        statement.putObject("object").put("id", "http://example.com/a");
        StatementRules.check(statement.toString()).stream().filter(p -> p.startsWith("actor")).forEach(problems::add);
    }

    private static boolean bool(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new LrsException(400, name + ": must be true or false");
        }
        return value.equals("true");
    }

    private static @Nullable Instant time(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new LrsException(400, name + ": must be an ISO 8601 timestamp with a time zone");
        }
    }

    LrsQuery continueAfter(Cursor cursor) {
        return new LrsQuery(agent, verb, activity, registration, relatedActivities, relatedAgents, since, until, limit, format,
                attachments, ascending, cursor, parameters);
    }

    /** The opaque {@code more} token of this query. */
    String token() {
        ObjectNode token = XapiJson.JSON.createObjectNode();
        ObjectNode params = token.putObject("p");
        parameters.forEach(params::put);
        if (after != null) {
            token.put("s", after.stored().toString());
            token.put("i", after.seq());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The query a {@code more} token stands for. */
    static LrsQuery fromToken(String token) {
        try {
            JsonNode node = XapiJson.JSON.readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
            Map<String, String> parameters = new LinkedHashMap<>();
            node.get("p").properties().forEach(e -> parameters.put(e.getKey(), e.getValue().asString()));
            LrsQuery query = parse(parameters);
            return node.has("s") ? query.continueAfter(new Cursor(Instant.parse(node.get("s").asString()), node.get("i").asLong())) : query;
        } catch (LrsException e) {
            throw e;
        } catch (RuntimeException broken) {
            throw new LrsException(400, "more: not a token this LRS gave");
        }
    }
}
