package org.collabacademy.xapi;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.collabacademy.base.LearningRecordReceived;
import org.collabacademy.base.PublicUrl;
import org.springframework.context.ApplicationEventPublisher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The built-in LRS's statements: storing what clients send (validated, immutable, voiding as the spec
 * says, queued for external stores like the app's own statements) and answering queries with every
 * filter of xAPI 1.0.3. Statements live in the same table as the app's own, so one query sees both.
 */
@Service
public class LrsStatements {

    private final NamedParameterJdbcTemplate jdbc;
    private final EnabledEndpoints endpoints;
    private final PublicUrl publicUrl;
    private final LrsAttachments attachments;
    private final XapiSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LrsStatements(NamedParameterJdbcTemplate jdbc, EnabledEndpoints endpoints, PublicUrl publicUrl, LrsAttachments attachments,
                  XapiSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.endpoints = endpoints;
        this.publicUrl = publicUrl;
        this.attachments = attachments;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Stores statements sent in one request: all of them or none. Returns their ids in order. A statement
     * whose id is stored already is accepted when it is the same statement and refused (409) otherwise.
     */
    @PreAuthorize("hasAuthority('SCOPE_STATEMENTS_WRITE')")
    @Transactional
    public List<UUID> store(List<JsonNode> sent, List<LrsAttachments.Part> parts) {
        LrsCaller caller = caller();
        // milliseconds: what every database keeps, so that since/until compare exactly with the "stored" written
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        List<UUID> ids = new ArrayList<>();
        Set<UUID> inRequest = new HashSet<>();
        List<ObjectNode> fresh = new ArrayList<>();
        Set<String> hashesUsed = new HashSet<>();
        int index = 0;
        for (JsonNode statement : sent) {
            String where = sent.size() > 1 ? "statements[" + index + "]." : "";
            index++;
            List<String> problems = StatementRules.check(statement.toString());
            if (!problems.isEmpty()) {
                throw new LrsException(400, where + problems.getFirst());
            }
            ObjectNode copy = (ObjectNode) statement.deepCopy();
            UUID id = copy.has("id") ? UUID.fromString(copy.get("id").asString()) : UUID.randomUUID();
            if (!inRequest.add(id)) {
                throw new LrsException(400, where + "id: the request holds two statements with the id " + id);
            }
            requireOwnLearner(caller, copy, where);
            hashesUsed.addAll(attachments.check(copy, parts, where));
            Optional<String> existing = storedJson(id);
            if (existing.isPresent()) {
                if (!XapiJson.sameStatement(XapiJson.JSON.readTree(existing.get()), copy)) {
                    throw new LrsException(409, where + "id: a different statement with the id " + id + " is stored already");
                }
                ids.add(id);
                continue;
            }
            copy.put("id", id.toString());
            copy.put("stored", DateTimeFormatter.ISO_INSTANT.format(now));
            if (!copy.has("timestamp")) {
                copy.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(now));
            }
            copy.set("authority", authority(caller));
            if (!copy.has("version")) {
                copy.put("version", "1.0.0");
            }
            ids.add(id);
            fresh.add(copy);
        }
        attachments.requireAllUsed(parts, hashesUsed);
        for (ObjectNode statement : fresh) {
            checkVoiding(statement, fresh);
        }
        for (ObjectNode statement : fresh) {
            insert(statement, caller, now);
        }
        attachments.save(parts);
        return ids;
    }

    /** A statement by id; a voided one only by {@code voided = true}, a live one only without. */
    @PreAuthorize("hasAnyAuthority('SCOPE_STATEMENTS_READ', 'SCOPE_STATEMENTS_READ_MINE')")
    @Transactional(readOnly = true)
    public Optional<Found> find(UUID id, boolean voided) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id).addValue("voided", voided);
        String mine = mineClause(caller(), params);
        return jdbc.query("select statement, stored_at from xapi_statement s where id = :id and voided = :voided" + mine, params,
                (rs, row) -> new Found(rs.getString(1), rs.getTimestamp(2).toInstant())).stream().findFirst();
    }

    /** A stored statement and when it was stored (the Last-Modified of a single statement). */
    public record Found(String json, Instant stored) {
    }

    /** One page of a query: statements, newest first unless ascending, and the token of the next page. */
    public record Page(List<String> statements, @Nullable String more, Instant consistentThrough) {
    }

    /**
     * Answers a query (the spec's filters, already parsed). Voided statements are left out; a page holds at
     * most the configured page size; {@code more} continues after the last statement of this page.
     */
    @PreAuthorize("hasAnyAuthority('SCOPE_STATEMENTS_READ', 'SCOPE_STATEMENTS_READ_MINE')")
    @Transactional(readOnly = true)
    public Page query(LrsQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder("select s.seq, s.statement, s.stored_at from xapi_statement s where s.voided = false");
        String matches = matches(query, "s", params);
        if (!matches.isEmpty()) {
            // Communication 2.1.3: a statement whose object is a StatementRef matches when its target matches
            sql.append(" and ((").append(matches).append(") or exists (select 1 from xapi_statement t where t.id = s.refers_to and ")
                    .append(matches(query, "t", params)).append("))");
        }
        if (query.since() != null) {
            sql.append(" and s.stored_at > :since");
            params.addValue("since", Timestamp.from(query.since()));
        }
        if (query.until() != null) {
            sql.append(" and s.stored_at <= :until");
            params.addValue("until", Timestamp.from(query.until()));
        }
        if (query.after() != null) {
            String op = query.ascending() ? ">" : "<";
            sql.append(" and (s.stored_at ").append(op).append(" :afterStored or (s.stored_at = :afterStored and s.seq ").append(op).append(" :afterSeq))");
            params.addValue("afterStored", Timestamp.from(query.after().stored())).addValue("afterSeq", query.after().seq());
        }
        sql.append(mineClause(caller(), params));
        String direction = query.ascending() ? "asc" : "desc";
        int limit = query.limit() <= 0 ? settings.api().pageSize() : Math.min(query.limit(), settings.api().pageSize());
        sql.append(" order by s.stored_at ").append(direction).append(", s.seq ").append(direction).append(" limit ").append(limit + 1);
        Instant consistent = clock.instant();
        List<Row> rows = jdbc.query(sql.toString(), params, (rs, row) -> new Row(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
        String more = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Row last = rows.getLast();
            more = query.continueAfter(new LrsQuery.Cursor(last.stored(), last.seq())).token();
        }
        return new Page(rows.stream().map(Row::json).toList(), more, consistent);
    }

    private record Row(long seq, String json, Instant stored) {
    }

    /** The filters that are not about time or order, on the statement with this alias ("" when there are none). */
    private static String matches(LrsQuery query, String alias, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (query.agent() != null) {
            conditions.add(alias + ".id in (select a.statement_id from xapi_statement_agent a where a.ifi = :agent"
                    + (query.relatedAgents() ? "" : " and a.direct = true") + ")");
            params.addValue("agent", query.agent());
        }
        if (query.verb() != null) {
            conditions.add(alias + ".verb = :verb");
            params.addValue("verb", query.verb());
        }
        if (query.activity() != null) {
            conditions.add(alias + ".id in (select x.statement_id from xapi_statement_activity x where x.activity_id = :activity"
                    + (query.relatedActivities() ? "" : " and x.direct = true") + ")");
            params.addValue("activity", query.activity());
        }
        if (query.registration() != null) {
            conditions.add(alias + ".registration = :registration");
            params.addValue("registration", query.registration());
        }
        return String.join(" and ", conditions);
    }

    /** The latest definition of an activity any stored statement gave, for the Activities resource. */
    @PreAuthorize("hasAuthority('" + LrsAuthentication.CLIENT + "')")
    @Transactional(readOnly = true)
    public Optional<JsonNode> activity(String activityId) {
        return jdbc.query("""
                        select s.statement from xapi_statement s join xapi_statement_activity t on t.statement_id = s.id
                        where t.activity_id = :id order by s.stored_at desc limit 20""",
                new MapSqlParameterSource("id", activityId), (rs, row) -> rs.getString(1)).stream()
                .map(XapiJson.JSON::readTree)
                .flatMap(statement -> definitionOf(statement, activityId).stream())
                .findFirst();
    }

    private static Optional<JsonNode> definitionOf(JsonNode statement, String activityId) {
        JsonNode object = statement.get("object");
        if (object != null && XapiJson.isActivity(object) && activityId.equals(object.path("id").asString("")) && object.has("definition")) {
            return Optional.of(object.get("definition"));
        }
        return Optional.empty();
    }

    // ---- internals ------------------------------------------------------------------------------------

    private void insert(ObjectNode statement, LrsCaller caller, Instant now) {
        UUID id = UUID.fromString(statement.get("id").asString());
        JsonNode object = statement.get("object");
        String activityId = XapiJson.isActivity(object) ? object.path("id").asString("") : "";
        String verb = statement.path("verb").path("id").asString("");
        JsonNode registration = statement.path("context").get("registration");
        String actorIfi = XapiJson.ifi(statement.get("actor"));
        Instant timestamp = OffsetDateTime.parse(statement.get("timestamp").asString()).toInstant();
        UUID refersTo = "StatementRef".equals(object.path("objectType").asString("")) ? UUID.fromString(object.path("id").asString()) : null;
        UUID voids = verb.equals(XapiJson.VOIDED) ? refersTo : null;
        jdbc.update("""
                insert into xapi_statement (id, stored_at, statement_timestamp, learner_id, course_key, verb, activity_id, registration,
                                            voided, statement, actor_ifi, authority, client_id, voids, refers_to)
                values (:id, :stored, :timestamp, :learner, null, :verb, :activity, :registration, false, :json, :actor, :authority,
                        :client, :voids, :refersTo)""", new MapSqlParameterSource()
                .addValue("id", id).addValue("stored", Timestamp.from(now)).addValue("timestamp", Timestamp.from(timestamp))
                .addValue("learner", learnerOf(actorIfi)).addValue("verb", verb).addValue("activity", truncate(activityId, 1000))
                .addValue("registration", registration == null ? null : UUID.fromString(registration.asString()))
                .addValue("json", statement.toString()).addValue("actor", actorIfi == null ? null : truncate(actorIfi, 600))
                .addValue("authority", truncate(caller.name(), 600)).addValue("client", caller.clientId()).addValue("voids", voids).addValue("refersTo", refersTo));
        List<MapSqlParameterSource> agents = new ArrayList<>();
        XapiJson.agents(statement).forEach((ifi, direct) -> agents.add(new MapSqlParameterSource("id", id).addValue("ifi", truncate(ifi, 600)).addValue("direct", direct)));
        jdbc.batchUpdate("insert into xapi_statement_agent (statement_id, ifi, direct) values (:id, :ifi, :direct)", agents.toArray(MapSqlParameterSource[]::new));
        List<MapSqlParameterSource> activities = new ArrayList<>();
        XapiJson.activities(statement).forEach((activity, direct) -> activities.add(new MapSqlParameterSource("id", id)
                .addValue("activity", truncate(activity, 1000)).addValue("direct", direct)));
        jdbc.batchUpdate("insert into xapi_statement_activity (statement_id, activity_id, direct) values (:id, :activity, :direct)",
                activities.toArray(MapSqlParameterSource[]::new));
        if (voids != null) {
            jdbc.update("update xapi_statement set voided = true where id = :target", new MapSqlParameterSource("target", voids));
        }
        Long learner = learnerOf(actorIfi);
        if (learner != null && voids == null) {
            events.publishEvent(new LearningRecordReceived(learner, verb, activityId, timestamp));
        }
        // forwarded to external stores like the app's own statements (the outbox)
        for (long endpoint : endpoints.ids()) {
            jdbc.update("""
                    insert into lrs_delivery (endpoint_id, statement_id, status, attempts, next_attempt_at)
                    values (:endpoint, :id, 'PENDING', 0, :now)""",
                    new MapSqlParameterSource("endpoint", endpoint).addValue("id", id).addValue("now", Timestamp.from(now)));
        }
    }

    /** A voiding statement's target must not be a voiding statement itself. */
    private void checkVoiding(ObjectNode statement, List<ObjectNode> batch) {
        if (!XapiJson.VOIDED.equals(statement.path("verb").path("id").asString(""))) {
            return;
        }
        JsonNode object = statement.get("object");
        if (!"StatementRef".equals(object.path("objectType").asString(""))) {
            throw new LrsException(400, "object.objectType: a voiding statement must refer to a statement (StatementRef)");
        }
        UUID target = UUID.fromString(object.path("id").asString());
        boolean targetVoids = batch.stream().anyMatch(s -> s.path("id").asString("").equals(target.toString())
                && XapiJson.VOIDED.equals(s.path("verb").path("id").asString("")))
                || !jdbc.queryForList("select id from xapi_statement where id = :id and verb = :voided",
                new MapSqlParameterSource("id", target).addValue("voided", XapiJson.VOIDED), UUID.class).isEmpty();
        if (targetVoids) {
            throw new LrsException(400, "object.id: a voiding statement cannot be voided");
        }
    }

    private void requireOwnLearner(LrsCaller caller, JsonNode statement, String where) {
        if (caller.learnerId() == null) {
            return;
        }
        String own = "account:" + publicUrl.url() + "|" + caller.learnerId();
        if (!own.equals(XapiJson.ifi(statement.get("actor")))) {
            throw new LrsException(403, where + "actor: this client may only write statements about its own learner");
        }
    }

    private String mineClause(LrsCaller caller, MapSqlParameterSource params) {
        if (caller.readsAll()) {
            return "";
        }
        params.addValue("client", caller.clientId());
        if (caller.learnerId() != null) {
            params.addValue("own", "account:" + publicUrl.url() + "|" + caller.learnerId());
            return " and (s.client_id = :client or s.actor_ifi = :own)";
        }
        return " and s.client_id = :client";
    }

    private @Nullable Long learnerOf(@Nullable String actorIfi) {
        String prefix = "account:" + publicUrl.url() + "|";
        if (actorIfi != null && actorIfi.startsWith(prefix) && actorIfi.substring(prefix.length()).matches("\\d{1,18}")) {
            return Long.parseLong(actorIfi.substring(prefix.length()));
        }
        return null;
    }

    private Optional<String> storedJson(UUID id) {
        return jdbc.queryForList("select statement from xapi_statement where id = :id", new MapSqlParameterSource("id", id), String.class)
                .stream().findFirst();
    }

    private ObjectNode authority(LrsCaller caller) {
        ObjectNode authority = XapiJson.JSON.createObjectNode();
        authority.put("objectType", "Agent");
        authority.put("name", caller.name());
        authority.putObject("account").put("homePage", publicUrl.url()).put("name", "lrs-client:" + caller.apiKey());
        return authority;
    }

    static LrsCaller caller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LrsCaller caller) {
            return caller;
        }
        throw new org.springframework.security.authorization.AuthorizationDeniedException("not an LRS client");
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
