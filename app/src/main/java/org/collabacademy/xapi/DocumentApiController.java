package org.collabacademy.xapi;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.collabacademy.xapi.LrsDocuments.Document;
import org.collabacademy.xapi.LrsDocuments.Key;
import org.collabacademy.xapi.LrsDocuments.Kind;
import org.collabacademy.xapi.LrsDocuments.Preconditions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The xAPI 1.0.3 document resources (State, Activity Profile, Agent Profile) and the Activities and
 * Agents resources (xAPI-Communication.md, sections 2.3 to 2.7).
 */
@RestController
@RequestMapping("/xapi")
class DocumentApiController {

    private final LrsDocuments documents;
    private final LrsStatements statements;

    DocumentApiController(LrsDocuments documents, LrsStatements statements) {
        this.documents = documents;
        this.statements = statements;
    }

    // ---- State ---------------------------------------------------------------------------------------

    @GetMapping("/activities/state")
    ResponseEntity<byte[]> getState(HttpServletRequest request) {
        Map<String, String> p = parameters(request, Set.of("activityId", "agent", "registration", "stateId", "since"), Set.of("activityId", "agent"));
        Key key = stateKey(p);
        return p.containsKey("stateId") ? document(key) : ids(key, since(p));
    }

    @PutMapping("/activities/state")
    ResponseEntity<Void> putState(HttpServletRequest request) throws IOException {
        Map<String, String> p = parameters(request, Set.of("activityId", "agent", "registration", "stateId"), Set.of("activityId", "agent", "stateId"));
        return stored(documents.put(stateKey(p), contentType(request), body(request), preconditions(request)));
    }

    @PostMapping("/activities/state")
    ResponseEntity<Void> postState(HttpServletRequest request) throws IOException {
        Map<String, String> p = parameters(request, Set.of("activityId", "agent", "registration", "stateId"), Set.of("activityId", "agent", "stateId"));
        return stored(documents.post(stateKey(p), contentType(request), body(request), preconditions(request)));
    }

    @DeleteMapping("/activities/state")
    ResponseEntity<Void> deleteState(HttpServletRequest request) {
        Map<String, String> p = parameters(request, Set.of("activityId", "agent", "registration", "stateId"), Set.of("activityId", "agent"));
        if (p.containsKey("stateId")) {
            documents.delete(stateKey(p), preconditions(request));
        } else {
            documents.deleteAll(stateKey(p));
        }
        return ResponseEntity.noContent().build();
    }

    private static Key stateKey(Map<String, String> p) {
        String registration = "";
        if (p.containsKey("registration")) {
            registration = StatementApiController.uuid(p.get("registration"), "registration").toString();
        }
        return new Key(Kind.STATE, iri(p.get("activityId"), "activityId"), agent(p.get("agent")), registration, p.getOrDefault("stateId", ""));
    }

    // ---- Activity Profile and Agent Profile ----------------------------------------------------------------

    @GetMapping("/activities/profile")
    ResponseEntity<byte[]> getActivityProfile(HttpServletRequest request) {
        Map<String, String> p = parameters(request, Set.of("activityId", "profileId", "since"), Set.of("activityId"));
        Key key = new Key(Kind.ACTIVITY_PROFILE, iri(p.get("activityId"), "activityId"), "", "", p.getOrDefault("profileId", ""));
        return p.containsKey("profileId") ? document(key) : ids(key, since(p));
    }

    @PutMapping("/activities/profile")
    ResponseEntity<Void> putActivityProfile(HttpServletRequest request) throws IOException {
        return stored(documents.put(activityProfile(request), contentType(request), body(request), preconditions(request)));
    }

    @PostMapping("/activities/profile")
    ResponseEntity<Void> postActivityProfile(HttpServletRequest request) throws IOException {
        return stored(documents.post(activityProfile(request), contentType(request), body(request), preconditions(request)));
    }

    @DeleteMapping("/activities/profile")
    ResponseEntity<Void> deleteActivityProfile(HttpServletRequest request) {
        documents.delete(activityProfile(request), preconditions(request));
        return ResponseEntity.noContent().build();
    }

    private static Key activityProfile(HttpServletRequest request) {
        Map<String, String> p = parameters(request, Set.of("activityId", "profileId"), Set.of("activityId", "profileId"));
        return new Key(Kind.ACTIVITY_PROFILE, iri(p.get("activityId"), "activityId"), "", "", p.get("profileId"));
    }

    @GetMapping("/agents/profile")
    ResponseEntity<byte[]> getAgentProfile(HttpServletRequest request) {
        Map<String, String> p = parameters(request, Set.of("agent", "profileId", "since"), Set.of("agent"));
        Key key = new Key(Kind.AGENT_PROFILE, "", agent(p.get("agent")), "", p.getOrDefault("profileId", ""));
        return p.containsKey("profileId") ? document(key) : ids(key, since(p));
    }

    @PutMapping("/agents/profile")
    ResponseEntity<Void> putAgentProfile(HttpServletRequest request) throws IOException {
        return stored(documents.put(agentProfile(request), contentType(request), body(request), preconditions(request)));
    }

    @PostMapping("/agents/profile")
    ResponseEntity<Void> postAgentProfile(HttpServletRequest request) throws IOException {
        return stored(documents.post(agentProfile(request), contentType(request), body(request), preconditions(request)));
    }

    @DeleteMapping("/agents/profile")
    ResponseEntity<Void> deleteAgentProfile(HttpServletRequest request) {
        documents.delete(agentProfile(request), preconditions(request));
        return ResponseEntity.noContent().build();
    }

    private static Key agentProfile(HttpServletRequest request) {
        Map<String, String> p = parameters(request, Set.of("agent", "profileId"), Set.of("agent", "profileId"));
        return new Key(Kind.AGENT_PROFILE, "", agent(p.get("agent")), "", p.get("profileId"));
    }

    // ---- Activities and Agents ---------------------------------------------------------------------------

    /** The Activity object with the most recent definition any statement gave it. */
    @GetMapping(value = "/activities", produces = MediaType.APPLICATION_JSON_VALUE)
    String activity(HttpServletRequest request) {
        Map<String, String> p = parameters(request, Set.of("activityId"), Set.of("activityId"));
        String id = iri(p.get("activityId"), "activityId");
        ObjectNode activity = XapiJson.JSON.createObjectNode().put("objectType", "Activity").put("id", id);
        statements.activity(id).ifPresent(definition -> activity.set("definition", definition));
        return activity.toString();
    }

    /** The Person object for an agent: every identifier and name this LRS knows for it (here: the one asked for). */
    @GetMapping(value = "/agents", produces = MediaType.APPLICATION_JSON_VALUE)
    String person(HttpServletRequest request) {
        Map<String, String> p = parameters(request, Set.of("agent"), Set.of("agent"));
        agent(p.get("agent"));
        JsonNode agent = XapiJson.JSON.readTree(p.get("agent"));
        ObjectNode person = XapiJson.JSON.createObjectNode().put("objectType", "Person");
        for (String field : new String[] {"name", "mbox", "mbox_sha1sum", "openid", "account"}) {
            if (agent.has(field)) {
                ArrayNode values = person.putArray(field);
                values.add(agent.get(field));
            }
        }
        return person.toString();
    }

    // ---- shared ----------------------------------------------------------------------------------------

    private ResponseEntity<byte[]> document(Key key) {
        Document document = documents.get(key).orElseThrow(() -> new LrsException(404, "no such document"));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, document.contentType())
                .header(HttpHeaders.ETAG, "\"" + document.etag() + "\"")
                .header(HttpHeaders.LAST_MODIFIED, StatementApiController.HTTP_DATE.format(document.updated()))
                .body(document.content());
    }

    private ResponseEntity<byte[]> ids(Key key, @Nullable Instant since) {
        ArrayNode ids = XapiJson.JSON.createArrayNode();
        documents.ids(key, since).forEach(ids::add);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ids.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static ResponseEntity<Void> stored(String etag) {
        return ResponseEntity.noContent().header(HttpHeaders.ETAG, "\"" + etag + "\"").build();
    }

    private static Map<String, String> parameters(HttpServletRequest request, Set<String> allowed, Set<String> required) {
        Map<String, String> p = StatementApiController.parameters(request);
        for (String name : p.keySet()) {
            if (!allowed.contains(name)) {
                throw new LrsException(400, name + ": not a parameter of this resource");
            }
        }
        for (String name : required) {
            if (!p.containsKey(name)) {
                throw new LrsException(400, name + ": is required");
            }
        }
        return p;
    }

    private static String iri(String value, String name) {
        if (!StatementRules.isAbsoluteIri(value)) {
            throw new LrsException(400, name + ": must be an IRI");
        }
        return value;
    }

    private static String agent(String json) {
        JsonNode agent;
        try {
            agent = XapiJson.JSON.readTree(json);
        } catch (RuntimeException notJson) {
            throw new LrsException(400, "agent: not a JSON agent");
        }
        ObjectNode statement = XapiJson.JSON.createObjectNode();
        statement.set("actor", agent);
        statement.putObject("verb").put("id", "http://example.com/v");
        statement.putObject("object").put("id", "http://example.com/a");
        Optional<String> problem = StatementRules.check(statement.toString()).stream().filter(s -> s.startsWith("actor")).findFirst();
        String ifi = XapiJson.ifi(agent);
        if (problem.isPresent() || ifi == null) {
            throw new LrsException(400, "agent: " + problem.orElse("needs an identifier").replaceFirst("^actor", "agent"));
        }
        return ifi;
    }

    private static @Nullable Instant since(Map<String, String> p) {
        if (!p.containsKey("since")) {
            return null;
        }
        try {
            return OffsetDateTime.parse(p.get("since")).toInstant();
        } catch (DateTimeParseException e) {
            throw new LrsException(400, "since: must be an ISO 8601 timestamp with a time zone");
        }
    }

    private static String contentType(HttpServletRequest request) {
        return Optional.ofNullable(request.getContentType()).orElse("application/octet-stream");
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        return request.getInputStream().readAllBytes();
    }

    private static Preconditions preconditions(HttpServletRequest request) {
        return new Preconditions(request.getHeader(HttpHeaders.IF_MATCH), request.getHeader(HttpHeaders.IF_NONE_MATCH));
    }
}
