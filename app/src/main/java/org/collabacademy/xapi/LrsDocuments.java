package org.collabacademy.xapi;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The xAPI document resources: State (per activity, agent and optional registration), Activity Profile
 * and Agent Profile. Each document has an ETag (the SHA-1 of its content) for the spec's concurrency
 * rules; POST merges a JSON object into a stored JSON object.
 */
@Service
public class LrsDocuments {

    /** Which resource a document belongs to. */
    public enum Kind { STATE, ACTIVITY_PROFILE, AGENT_PROFILE }

    /** A document's address; "" where a part does not apply (an agent profile has no activity). */
    public record Key(Kind kind, String activityId, String agentIfi, String registration, String documentId) {
    }

    /** A stored document. */
    public record Document(String contentType, byte[] content, String etag, Instant updated) {
    }

    /** The request's If-Match and If-None-Match headers, as sent (null when absent). */
    public record Preconditions(@Nullable String ifMatch, @Nullable String ifNoneMatch) {

        boolean none() {
            return ifMatch == null && ifNoneMatch == null;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    LrsDocuments(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('" + LrsAuthentication.CLIENT + "')")
    @Transactional(readOnly = true)
    public Optional<Document> get(Key key) {
        requireScope(key.kind());
        return jdbc.query("""
                select content_type, content, etag, updated_at from xapi_document
                where kind = :kind and activity_id = :activity and agent_ifi = :agent and registration = :registration and document_id = :id""",
                params(key), (rs, row) -> new Document(rs.getString(1), rs.getBytes(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .stream().findFirst();
    }

    /** The ids of the documents under a key whose {@code documentId} is ignored, optionally only those changed since. */
    @PreAuthorize("hasAuthority('" + LrsAuthentication.CLIENT + "')")
    @Transactional(readOnly = true)
    public List<String> ids(Key key, @Nullable Instant since) {
        requireScope(key.kind());
        MapSqlParameterSource params = params(key);
        String sinceClause = "";
        if (since != null) {
            sinceClause = " and updated_at > :since";
            params.addValue("since", Timestamp.from(since));
        }
        return jdbc.queryForList("""
                select document_id from xapi_document
                where kind = :kind and activity_id = :activity and agent_ifi = :agent and registration = :registration""" + sinceClause
                + " order by document_id", params, String.class);
    }

    /** Stores a document, replacing any earlier one; profiles need a precondition when one exists already. */
    @PreAuthorize("hasAuthority('" + LrsAuthentication.CLIENT + "')")
    @Transactional
    public String put(Key key, String contentType, byte[] content, Preconditions preconditions) {
        requireScope(key.kind());
        Optional<Document> existing = get(key);
        check(key, existing, preconditions, true);
        return write(key, existing, contentType, content);
    }

    /** Stores a document, or merges a JSON object into the stored JSON object (properties sent win). */
    @PreAuthorize("hasAuthority('" + LrsAuthentication.CLIENT + "')")
    @Transactional
    public String post(Key key, String contentType, byte[] content, Preconditions preconditions) {
        requireScope(key.kind());
        Optional<Document> existing = get(key);
        check(key, existing, preconditions, false);
        if (existing.isEmpty()) {
            return write(key, existing, contentType, content);
        }
        JsonNode stored = json(existing.get().contentType(), existing.get().content());
        JsonNode sent = json(contentType, content);
        if (!(stored instanceof ObjectNode storedObject) || !(sent instanceof ObjectNode sentObject)) {
            throw new LrsException(400, "content: POST merges JSON objects only; the stored or the sent document is not one");
        }
        ObjectNode merged = storedObject.deepCopy();
        sentObject.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
        return write(key, existing, "application/json", merged.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @PreAuthorize("hasAuthority('" + LrsAuthentication.CLIENT + "')")
    @Transactional
    public void delete(Key key, Preconditions preconditions) {
        requireScope(key.kind());
        Optional<Document> existing = get(key);
        if (preconditions.ifMatch() != null && (existing.isEmpty() || !matches(preconditions.ifMatch(), existing.get().etag()))) {
            throw new LrsException(412, "If-Match: the document has changed (or does not exist)");
        }
        jdbc.update("""
                delete from xapi_document
                where kind = :kind and activity_id = :activity and agent_ifi = :agent and registration = :registration and document_id = :id""",
                params(key));
    }

    /** Deletes every state document of an activity and agent (and registration, when given). */
    @PreAuthorize("hasAuthority('" + LrsAuthentication.CLIENT + "')")
    @Transactional
    public void deleteAll(Key key) {
        requireScope(key.kind());
        jdbc.update("""
                delete from xapi_document
                where kind = :kind and activity_id = :activity and agent_ifi = :agent and registration = :registration""", params(key));
    }

    /** State needs the client's "state" scope, the profiles its "profile" scope. */
    private static void requireScope(Kind kind) {
        LrsClient.Scope needed = kind == Kind.STATE ? LrsClient.Scope.STATE : LrsClient.Scope.PROFILE;
        if (!LrsStatements.caller().may(needed)) {
            throw new org.springframework.security.authorization.AuthorizationDeniedException("this client lacks the scope " + needed.written);
        }
    }

    private static void check(Key key, Optional<Document> existing, Preconditions preconditions, boolean put) {
        if (preconditions.ifMatch() != null && (existing.isEmpty() || !matches(preconditions.ifMatch(), existing.get().etag()))) {
            throw new LrsException(412, "If-Match: the document has changed since you read it (or does not exist)");
        }
        if (preconditions.ifNoneMatch() != null && existing.isPresent()
                && (preconditions.ifNoneMatch().strip().equals("*") || matches(preconditions.ifNoneMatch(), existing.get().etag()))) {
            throw new LrsException(412, "If-None-Match: the document exists already");
        }
        if (put && key.kind() != Kind.STATE && existing.isPresent() && preconditions.none()) {
            throw new LrsException(409, "If-Match: this document exists; send If-Match with its ETag (or If-None-Match: *) to replace it");
        }
    }

    private String write(Key key, Optional<Document> existing, String contentType, byte[] content) {
        String etag = sha1(content);
        MapSqlParameterSource params = params(key).addValue("type", contentType).addValue("content", content).addValue("etag", etag)
                .addValue("now", Timestamp.from(clock.instant()));
        if (existing.isPresent()) {
            jdbc.update("""
                    update xapi_document set content_type = :type, content = :content, etag = :etag, updated_at = :now
                    where kind = :kind and activity_id = :activity and agent_ifi = :agent and registration = :registration and document_id = :id""",
                    params);
        } else {
            jdbc.update("""
                    insert into xapi_document (kind, activity_id, agent_ifi, registration, document_id, content_type, content, etag, updated_at)
                    values (:kind, :activity, :agent, :registration, :id, :type, :content, :etag, :now)""", params);
        }
        return etag;
    }

    private static @Nullable JsonNode json(String contentType, byte[] content) {
        if (!contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            return null;
        }
        try {
            return XapiJson.JSON.readTree(content);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String value = candidate.strip().replaceFirst("^W/", "").replace("\"", "");
            if (value.equals("*") || value.equalsIgnoreCase(etag)) {
                return true;
            }
        }
        return false;
    }

    private static MapSqlParameterSource params(Key key) {
        return new MapSqlParameterSource("kind", key.kind().name()).addValue("activity", key.activityId()).addValue("agent", key.agentIfi())
                .addValue("registration", key.registration()).addValue("id", key.documentId());
    }

    private static String sha1(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
