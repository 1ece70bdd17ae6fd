package org.collabacademy.xapi;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The xAPI 1.0.3 Statement Resource and About resource under {@code /xapi/} (see xAPI-Communication.md,
 * sections 2.1 and 2.8). Bodies are read as bytes so that JSON and multipart/mixed (attachments) take
 * the same path.
 */
@RestController
@RequestMapping("/xapi")
class StatementApiController {

    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final LrsStatements statements;
    private final LrsAttachments attachments;

    StatementApiController(LrsStatements statements, LrsAttachments attachments) {
        this.statements = statements;
        this.attachments = attachments;
    }

    @GetMapping(value = "/about", produces = MediaType.APPLICATION_JSON_VALUE)
    String about() {
        return "{\"version\":[\"1.0.3\",\"1.0.2\",\"1.0.1\",\"1.0.0\"],\"extensions\":{}}";
    }

    @PutMapping("/statements")
    ResponseEntity<Void> put(HttpServletRequest request) throws IOException {
        String statementId = single(request, "statementId").orElseThrow(() -> new LrsException(400, "statementId: is required for PUT"));
        Received received = read(request);
        if (received.statements().size() != 1 || !received.statements().getFirst().isObject()) {
            throw new LrsException(400, "statement: PUT takes one statement");
        }
        ObjectNode statement = (ObjectNode) received.statements().getFirst();
        UUID id = uuid(statementId, "statementId");
        if (statement.has("id") && !statement.get("id").asString("").equalsIgnoreCase(id.toString())) {
            throw new LrsException(400, "id: differs from the statementId parameter");
        }
        statement.put("id", id.toString());
        statements.store(List.of(statement), received.parts());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/statements")
    ResponseEntity<String> post(HttpServletRequest request) throws IOException {
        Received received = read(request);
        ArrayNode ids = XapiJson.JSON.createArrayNode();
        statements.store(received.statements(), received.parts()).forEach(id -> ids.add(id.toString()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ids.toString());
    }

    @GetMapping("/statements")
    ResponseEntity<byte[]> get(HttpServletRequest request) {
        Map<String, String> parameters = parameters(request);
        boolean withAttachments = "true".equals(parameters.get("attachments"));
        Optional<String> statementId = Optional.ofNullable(parameters.remove("statementId"));
        Optional<String> voidedId = Optional.ofNullable(parameters.remove("voidedStatementId"));
        if (statementId.isPresent() || voidedId.isPresent()) {
            parameters.remove("attachments");
            parameters.remove("format");
            if (!parameters.isEmpty() || statementId.isPresent() && voidedId.isPresent()) {
                throw new LrsException(400, "statementId: may only be combined with format and attachments");
            }
            UUID id = uuid(statementId.orElseGet(voidedId::get), statementId.isPresent() ? "statementId" : "voidedStatementId");
            LrsStatements.Found found = statements.find(id, voidedId.isPresent())
                    .orElseThrow(() -> new LrsException(404, "no statement " + id));
            String json = formatted(XapiJson.JSON.readTree(found.json()), request.getParameter("format"), request).toString();
            return respond(json, withAttachments ? attachments.partsOf(List.of(found.json())) : null, found.stored(), found.stored());
        }
        String more = parameters.remove("more");
        LrsQuery query = more != null ? LrsQuery.fromToken(more) : LrsQuery.parse(parameters);
        LrsStatements.Page page = statements.query(query);
        ObjectNode result = XapiJson.JSON.createObjectNode();
        ArrayNode list = result.putArray("statements");
        for (String json : page.statements()) {
            JsonNode statement = XapiJson.JSON.readTree(json);
            list.add(formatted(statement, query.format(), request));
        }
        result.put("more", page.more() == null ? "" : "/xapi/statements?more=" + page.more());
        return respond(result.toString(), query.attachments() ? attachments.partsOf(page.statements()) : null, page.consistentThrough(), null);
    }

    /** {@code ids}, {@code canonical} (one language per map, by Accept-Language) or {@code exact} (as stored). */
    private static JsonNode formatted(JsonNode statement, @Nullable String format, HttpServletRequest request) {
        if ("ids".equals(format)) {
            return XapiJson.idsFormat(statement);
        }
        if ("canonical".equals(format)) {
            String accept = Optional.ofNullable(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).orElse("");
            List<java.util.Locale.LanguageRange> preferred;
            try {
                preferred = accept.isBlank() ? List.of() : java.util.Locale.LanguageRange.parse(accept);
            } catch (IllegalArgumentException unreadable) {
                preferred = List.of();
            }
            return XapiJson.canonicalFormat(statement, preferred);
        }
        return statement;
    }

    private ResponseEntity<byte[]> respond(String json, @Nullable List<LrsAttachments.Part> parts, Instant consistent, @Nullable Instant modified) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header("X-Experience-API-Consistent-Through", DateTimeFormatter.ISO_INSTANT.format(consistent));
        if (modified != null) {
            response.header(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(modified));
        }
        if (parts == null) {
            return response.contentType(MediaType.APPLICATION_JSON).body(json.getBytes(StandardCharsets.UTF_8));
        }
        String boundary = "xapi-" + UUID.randomUUID();
        return response.header(HttpHeaders.CONTENT_TYPE, "multipart/mixed; boundary=" + boundary).body(LrsAttachments.write(json, parts, boundary));
    }

    /** Statements as sent: one object or an array, as JSON or as the first part of multipart/mixed. */
    private record Received(List<JsonNode> statements, List<LrsAttachments.Part> parts) {
    }

    private static Received read(HttpServletRequest request) throws IOException {
        String contentType = Optional.ofNullable(request.getContentType()).orElse("");
        byte[] body = request.getInputStream().readAllBytes();
        String json;
        List<LrsAttachments.Part> parts = List.of();
        if (contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/mixed")) {
            LrsAttachments.Multipart multipart = LrsAttachments.parse(contentType, body);
            json = multipart.statements();
            parts = multipart.parts();
        } else if (contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            json = new String(body, StandardCharsets.UTF_8);
        } else {
            throw new LrsException(400, "Content-Type: statements are sent as application/json or multipart/mixed");
        }
        JsonNode node;
        try {
            node = XapiJson.JSON.readTree(json);
        } catch (RuntimeException notJson) {
            throw new LrsException(400, "statement: not valid JSON");
        }
        if (node == null || !(node.isObject() || node.isArray())) {
            throw new LrsException(400, "statement: must be a JSON object or an array of them");
        }
        List<JsonNode> list = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(list::add);
            if (list.isEmpty()) {
                throw new LrsException(400, "statements: the array is empty");
            }
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).isObject()) {
                    throw new LrsException(400, "statements[" + i + "]: must be a JSON object");
                }
            }
        } else {
            list.add(node);
        }
        return new Received(list, parts);
    }

    static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 1) {
                throw new LrsException(400, name + ": given more than once");
            }
            parameters.put(name, values[0]);
        });
        return parameters;
    }

    private static Optional<String> single(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getParameter(name));
    }

    static UUID uuid(String text, String name) {
        try {
            UUID id = UUID.fromString(text);
            if (!id.toString().equalsIgnoreCase(text)) {
                throw new IllegalArgumentException(text);
            }
            return id;
        } catch (IllegalArgumentException notUuid) {
            throw new LrsException(400, name + ": must be a UUID");
        }
    }

    static ResponseEntity<String> error(HttpStatus status, String message) {
        ObjectNode body = XapiJson.JSON.createObjectNode().put("error", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body.toString());
    }
}
