package org.collabacademy.xapi;

import jakarta.activation.DataSource;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Statement attachments (xAPI 1.0.3, "Attachments"): parts of a multipart/mixed request identified by
 * their SHA-256, checked against the statements that declare them, kept once per hash, and sent back
 * with statements on request. Signed statements (a JWS in a signature attachment) are checked for form
 * and for a payload that is the statement itself.
 */
@Component
class LrsAttachments {

    static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";

    /** One attachment part as received: its declared hash, type and bytes. */
    record Part(String sha2, String contentType, byte[] content) {
    }

    /** A multipart/mixed request: the statements (first part) and the attachment parts. */
    record Multipart(String statements, List<Part> parts) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    LrsAttachments(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static Multipart parse(String contentType, byte[] body) {
        try {
            DataSource source = new ByteArrayDataSource(body, contentType);
            MimeMultipart multipart = new MimeMultipart(source);
            if (multipart.getCount() < 1) {
                throw new LrsException(400, "multipart: no statement part");
            }
            BodyPart first = multipart.getBodyPart(0);
            if (!first.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
                throw new LrsException(400, "multipart: the first part must be application/json statements");
            }
            String statements = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            List<Part> parts = new ArrayList<>();
            for (int i = 1; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String[] hash = part.getHeader("X-Experience-API-Hash");
                if (hash == null || hash.length == 0) {
                    throw new LrsException(400, "multipart: part " + (i + 1) + " has no X-Experience-API-Hash header");
                }
                String[] encoding = part.getHeader("Content-Transfer-Encoding");
                if (encoding == null || !encoding[0].equalsIgnoreCase("binary")) {
                    throw new LrsException(400, "multipart: part " + (i + 1) + " needs Content-Transfer-Encoding: binary");
                }
                byte[] content = part.getInputStream().readAllBytes();
                if (!sha256(content).equals(hash[0].strip())) {
                    throw new LrsException(400, "multipart: part " + (i + 1) + " does not match its X-Experience-API-Hash");
                }
                parts.add(new Part(hash[0].strip(), part.getContentType(), content));
            }
            return new Multipart(statements, parts);
        } catch (MessagingException | IOException unreadable) {
            throw new LrsException(400, "multipart: not a readable multipart/mixed body (" + unreadable.getMessage() + ")");
        }
    }

    /**
     * Checks a statement's attachments against the parts; returns the hashes it uses. An attachment
     * without fileUrl needs its part; a signature must be a JWS whose payload is this statement.
     */
    Set<String> check(ObjectNode statement, List<Part> parts, String where) {
        Set<String> used = new java.util.HashSet<>();
        JsonNode attachments = statement.get("attachments");
        if (attachments == null) {
            return used;
        }
        if (!attachments.isArray()) {
            throw new LrsException(400, where + "attachments: must be an array");
        }
        int index = 0;
        for (JsonNode attachment : attachments) {
            String path = where + "attachments[" + index++ + "]";
            String sha2 = attachment.path("sha2").asString("");
            Part part = parts.stream().filter(p -> p.sha2().equals(sha2)).findFirst().orElse(null);
            if (part == null && !attachment.has("fileUrl")) {
                throw new LrsException(400, path + ".sha2: no part of the request has this hash, and there is no fileUrl");
            }
            if (part != null) {
                used.add(sha2);
            }
            if (SIGNATURE.equals(attachment.path("usageType").asString(""))) {
                if (!"application/octet-stream".equals(attachment.path("contentType").asString(""))) {
                    throw new LrsException(400, path + ".contentType: a signature is application/octet-stream");
                }
                if (part == null) {
                    throw new LrsException(400, path + ": a signature must be sent as a part");
                }
                checkSignature(statement, new String(part.content(), StandardCharsets.US_ASCII).strip(), path);
            }
        }
        return used;
    }

    void requireAllUsed(List<Part> parts, Set<String> used) {
        for (Part part : parts) {
            if (!used.contains(part.sha2())) {
                throw new LrsException(400, "multipart: the part with hash " + part.sha2() + " belongs to no statement");
            }
        }
    }

    void save(List<Part> parts) {
        for (Part part : parts) {
            MapSqlParameterSource params = new MapSqlParameterSource("sha2", part.sha2());
            if (jdbc.queryForList("select sha2 from xapi_attachment where sha2 = :sha2", params, String.class).isEmpty()) {
                jdbc.update("insert into xapi_attachment (sha2, content_type, content) values (:sha2, :type, :content)",
                        params.addValue("type", part.contentType()).addValue("content", part.content()));
            }
        }
    }

    /** The stored parts for the attachments of these statements (by hash; those with only a fileUrl have none). */
    List<Part> partsOf(Collection<String> statements) {
        Map<String, Part> parts = new LinkedHashMap<>();
        for (String json : statements) {
            JsonNode attachments = XapiJson.JSON.readTree(json).get("attachments");
            if (attachments == null) {
                continue;
            }
            for (JsonNode attachment : attachments) {
                String sha2 = attachment.path("sha2").asString("");
                if (!parts.containsKey(sha2)) {
                    jdbc.query("select content_type, content from xapi_attachment where sha2 = :sha2", new MapSqlParameterSource("sha2", sha2),
                            (rs, row) -> new Part(sha2, rs.getString(1), rs.getBytes(2))).stream().findFirst().ifPresent(p -> parts.put(sha2, p));
                }
            }
        }
        return List.copyOf(parts.values());
    }

    /** Writes statements and their parts as the multipart/mixed body of a response. */
    static byte[] write(String statementsJson, List<Part> parts, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String crlf = "\r\n";
        StringBuilder head = new StringBuilder("--").append(boundary).append(crlf).append("Content-Type: application/json").append(crlf).append(crlf);
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(statementsJson.getBytes(StandardCharsets.UTF_8));
        for (Part part : parts) {
            String partHead = crlf + "--" + boundary + crlf + "Content-Type: " + part.contentType() + crlf
                    + "Content-Transfer-Encoding: binary" + crlf + "X-Experience-API-Hash: " + part.sha2() + crlf + crlf;
            out.writeBytes(partHead.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
        }
        out.writeBytes((crlf + "--" + boundary + "--").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A compact JWS with an RS256/384/512 header whose payload equals the statement without its signature attachment. */
    private static void checkSignature(ObjectNode statement, String jws, String path) {
        String[] pieces = jws.split("\\.");
        if (pieces.length != 3) {
            throw new LrsException(400, path + ": the signature is not a compact JWS");
        }
        JsonNode header;
        JsonNode payload;
        try {
            header = XapiJson.JSON.readTree(Base64.getUrlDecoder().decode(pieces[0]));
            payload = XapiJson.JSON.readTree(Base64.getUrlDecoder().decode(pieces[1]));
        } catch (RuntimeException broken) {
            throw new LrsException(400, path + ": the signature's header or payload is not base64url JSON");
        }
        if (!Set.of("RS256", "RS384", "RS512").contains(header.path("alg").asString(""))) {
            throw new LrsException(400, path + ": the signature must use RS256, RS384 or RS512");
        }
        ObjectNode signed = (ObjectNode) statement.deepCopy();
        ObjectNode sent = (ObjectNode) payload.deepCopy();
        for (ObjectNode node : new ObjectNode[] {signed, sent}) {
            node.remove(List.of("attachments", "stored", "authority", "version", "id"));
        }
        if (!signed.equals(sent)) {
            throw new LrsException(400, path + ": the signed payload is not this statement");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
