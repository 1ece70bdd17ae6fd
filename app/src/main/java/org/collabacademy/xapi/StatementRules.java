package org.collabacademy.xapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The xAPI 1.0.3 rules for a statement's structure and values. Each problem names the offending
 * property ("result.score.scaled: must be between -1 and 1"). Used on every statement we emit (in the
 * tests) and on statements other systems send.
 */
public final class StatementRules {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");
    private static final Pattern SHA1 = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern DURATION = Pattern.compile("P(?=\\d|T\\d)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?"
            + "(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?");
    private static final Pattern VERSION = Pattern.compile("1\\.0(\\.\\d+)?");
    private static final Set<String> STATEMENT_KEYS = Set.of("id", "actor", "verb", "object", "result", "context", "timestamp",
            "stored", "authority", "version", "attachments");
    private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in", "matching",
            "performance", "sequencing", "likert", "numeric", "other");

    private StatementRules() {
    }

    public static List<String> check(String json) {
        List<String> problems = new ArrayList<>();
        JsonNode statement;
        try {
            statement = JSON.readTree(json);
        } catch (RuntimeException notJson) {
            return List.of("statement: not valid JSON");
        }
        if (!statement.isObject()) {
            return List.of("statement: must be a JSON object");
        }
        unknownKeys(statement, "", STATEMENT_KEYS, problems);
        if (statement.has("id")) {
            uuid(statement.get("id"), "id", problems);
        }
        if (!statement.has("actor")) {
            problems.add("actor: is required");
        } else {
            actor(statement.get("actor"), "actor", problems);
        }
        if (!statement.has("verb")) {
            problems.add("verb: is required");
        } else {
            verb(statement.get("verb"), "verb", problems);
        }
        if (!statement.has("object")) {
            problems.add("object: is required");
        } else {
            object(statement.get("object"), "object", problems);
        }
        if (statement.has("result")) {
            result(statement.get("result"), "result", problems);
        }
        if (statement.has("context")) {
            context(statement.get("context"), "context", problems);
        }
        timestamp(statement.get("timestamp"), "timestamp", problems);
        timestamp(statement.get("stored"), "stored", problems);
        attachments(statement.get("attachments"), "attachments", problems);
        if (statement.has("authority")) {
            actor(statement.get("authority"), "authority", problems);
        }
        if (statement.has("version") && !VERSION.matcher(statement.get("version").asString("")).matches()) {
            problems.add("version: must be 1.0.x");
        }
        return problems;
    }

    private static void actor(JsonNode actor, String path, List<String> problems) {
        if (actor == null) {
            problems.add(path + ": is required");
            return;
        }
        if (!actor.isObject()) {
            problems.add(path + ": must be an object");
            return;
        }
        String type = actor.has("objectType") ? actor.get("objectType").asString("") : "Agent";
        if (!type.equals("Agent") && !type.equals("Group")) {
            problems.add(path + ".objectType: must be Agent or Group");
        }
        unknownKeys(actor, path + ".", Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member"), problems);
        int identifiers = 0;
        if (actor.has("mbox")) {
            identifiers++;
            if (!actor.get("mbox").asString("").startsWith("mailto:")) {
                problems.add(path + ".mbox: must be a mailto: IRI");
            }
        }
        if (actor.has("mbox_sha1sum")) {
            identifiers++;
            if (!SHA1.matcher(actor.get("mbox_sha1sum").asString("")).matches()) {
                problems.add(path + ".mbox_sha1sum: must be a SHA-1 hex string");
            }
        }
        if (actor.has("openid")) {
            identifiers++;
            absoluteIri(actor.get("openid"), path + ".openid", problems);
        }
        if (actor.has("account")) {
            identifiers++;
            JsonNode account = actor.get("account");
            unknownKeys(account, path + ".account.", Set.of("homePage", "name"), problems);
            absoluteIri(account.get("homePage"), path + ".account.homePage", problems);
            if (!account.has("name") || !account.get("name").isString() || account.get("name").asString().isEmpty()) {
                problems.add(path + ".account.name: is required");
            }
        }
        if (actor.has("name") && !actor.get("name").isString()) {
            problems.add(path + ".name: must be a string");
        }
        boolean anonymousGroup = type.equals("Group") && identifiers == 0 && actor.has("member");
        if (identifiers != 1 && !anonymousGroup) {
            problems.add(path + ": must have exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account), not " + identifiers);
        }
    }

    private static void verb(JsonNode verb, String path, List<String> problems) {
        if (!verb.isObject()) {
            problems.add(path + ": must be an object");
            return;
        }
        unknownKeys(verb, path + ".", Set.of("id", "display"), problems);
        absoluteIri(verb.get("id"), path + ".id", problems);
        if (verb.has("display")) {
            languageMap(verb.get("display"), path + ".display", problems);
        }
    }

    private static void object(JsonNode object, String path, List<String> problems) {
        String type = object.has("objectType") ? object.get("objectType").asString("") : "Activity";
        switch (type) {
            case "Activity" -> {
                unknownKeys(object, path + ".", Set.of("objectType", "id", "definition"), problems);
                absoluteIri(object.get("id"), path + ".id", problems);
                if (object.has("definition")) {
                    definition(object.get("definition"), path + ".definition", problems);
                }
            }
            case "Agent", "Group" -> actor(object, path, problems);
            case "StatementRef" -> uuid(object.get("id"), path + ".id", problems);
            case "SubStatement" -> {
                if (path.contains("object.object")) {
                    problems.add(path + ": a SubStatement cannot contain a SubStatement");
                }
                for (String forbidden : List.of("id", "stored", "version", "authority")) {
                    if (object.has(forbidden)) {
                        problems.add(path + "." + forbidden + ": not allowed in a SubStatement");
                    }
                }
                unknownKeys(object, path + ".", Set.of("objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments"), problems);
                actor(object.get("actor"), path + ".actor", problems);
                if (object.get("verb") == null) {
                    problems.add(path + ".verb: is required");
                } else {
                    verb(object.get("verb"), path + ".verb", problems);
                }
                if (object.get("object") == null) {
                    problems.add(path + ".object: is required");
                } else {
                    object(object.get("object"), path + ".object", problems);
                }
                if (object.has("result")) {
                    result(object.get("result"), path + ".result", problems);
                }
                if (object.has("context")) {
                    context(object.get("context"), path + ".context", problems);
                }
                timestamp(object.get("timestamp"), path + ".timestamp", problems);
                attachments(object.get("attachments"), path + ".attachments", problems);
            }
            default -> problems.add(path + ".objectType: unknown object type '" + type + "'");
        }
    }

    private static void definition(JsonNode definition, String path, List<String> problems) {
        unknownKeys(definition, path + ".", Set.of("name", "description", "type", "moreInfo", "extensions", "interactionType",
                "correctResponsesPattern", "choices", "scale", "source", "target", "steps"), problems);
        if (definition.has("name")) {
            languageMap(definition.get("name"), path + ".name", problems);
        }
        if (definition.has("description")) {
            languageMap(definition.get("description"), path + ".description", problems);
        }
        if (definition.has("type")) {
            absoluteIri(definition.get("type"), path + ".type", problems);
        }
        if (definition.has("moreInfo")) {
            absoluteIri(definition.get("moreInfo"), path + ".moreInfo", problems);
        }
        if (definition.has("interactionType") && !INTERACTION_TYPES.contains(definition.get("interactionType").asString(""))) {
            problems.add(path + ".interactionType: unknown interaction type");
        }
        extensions(definition.get("extensions"), path + ".extensions", problems);
    }

    private static void result(JsonNode result, String path, List<String> problems) {
        unknownKeys(result, path + ".", Set.of("score", "success", "completion", "response", "duration", "extensions"), problems);
        if (result.has("score")) {
            JsonNode score = result.get("score");
            unknownKeys(score, path + ".score.", Set.of("scaled", "raw", "min", "max"), problems);
            if (score.has("scaled") && (score.get("scaled").asDouble() < -1 || score.get("scaled").asDouble() > 1)) {
                problems.add(path + ".score.scaled: must be between -1 and 1");
            }
            double min = score.has("min") ? score.get("min").asDouble() : Double.NEGATIVE_INFINITY;
            double max = score.has("max") ? score.get("max").asDouble() : Double.POSITIVE_INFINITY;
            if (min > max) {
                problems.add(path + ".score.min: must not be greater than max");
            }
            if (score.has("raw") && (score.get("raw").asDouble() < min || score.get("raw").asDouble() > max)) {
                problems.add(path + ".score.raw: must be between min and max");
            }
        }
        for (String flag : List.of("success", "completion")) {
            if (result.has(flag) && !result.get(flag).isBoolean()) {
                problems.add(path + "." + flag + ": must be true or false");
            }
        }
        if (result.has("duration") && !DURATION.matcher(result.get("duration").asString("")).matches()) {
            problems.add(path + ".duration: must be an ISO 8601 duration");
        }
        extensions(result.get("extensions"), path + ".extensions", problems);
    }

    private static void context(JsonNode context, String path, List<String> problems) {
        unknownKeys(context, path + ".", Set.of("registration", "instructor", "team", "contextActivities", "revision", "platform",
                "language", "statement", "extensions"), problems);
        if (context.has("registration")) {
            uuid(context.get("registration"), path + ".registration", problems);
        }
        if (context.has("instructor")) {
            actor(context.get("instructor"), path + ".instructor", problems);
        }
        if (context.has("language") && !LANGUAGE_TAG.matcher(context.get("language").asString("")).matches()) {
            problems.add(path + ".language: must be an RFC 5646 language tag");
        }
        if (context.has("contextActivities")) {
            JsonNode activities = context.get("contextActivities");
            unknownKeys(activities, path + ".contextActivities.", Set.of("parent", "grouping", "category", "other"), problems);
            for (Map.Entry<String, JsonNode> entry : activities.properties()) {
                JsonNode value = entry.getValue();
                List<JsonNode> items = value.isArray() ? value.valueStream().toList() : List.of(value);
                for (int i = 0; i < items.size(); i++) {
                    object(items.get(i), path + ".contextActivities." + entry.getKey() + "[" + i + "]", problems);
                }
            }
        }
        extensions(context.get("extensions"), path + ".extensions", problems);
    }

    /** Data 2.4.11: each attachment names its usage, display, type, length and SHA-256; fileUrl is optional. */
    private static void attachments(JsonNode attachments, String path, List<String> problems) {
        if (attachments == null) {
            return;
        }
        if (!attachments.isArray()) {
            problems.add(path + ": must be an array");
            return;
        }
        int index = 0;
        for (JsonNode attachment : attachments) {
            String at = path + "[" + index++ + "]";
            if (!attachment.isObject()) {
                problems.add(at + ": must be an object");
                continue;
            }
            unknownKeys(attachment, at + ".", Set.of("usageType", "display", "description", "contentType", "length", "sha2", "fileUrl"), problems);
            absoluteIri(attachment.get("usageType"), at + ".usageType", problems);
            if (attachment.get("display") == null) {
                problems.add(at + ".display: is required");
            } else {
                languageMap(attachment.get("display"), at + ".display", problems);
            }
            if (attachment.has("description")) {
                languageMap(attachment.get("description"), at + ".description", problems);
            }
            if (attachment.get("contentType") == null || !attachment.get("contentType").isString()) {
                problems.add(at + ".contentType: is required (an Internet media type)");
            }
            if (attachment.get("length") == null || !attachment.get("length").isIntegralNumber() || attachment.get("length").asLong() < 0) {
                problems.add(at + ".length: is required (a whole number of octets)");
            }
            if (attachment.get("sha2") == null || !attachment.get("sha2").isString() || attachment.get("sha2").asString().isEmpty()) {
                problems.add(at + ".sha2: is required");
            }
            if (attachment.has("fileUrl")) {
                absoluteIri(attachment.get("fileUrl"), at + ".fileUrl", problems);
            }
        }
    }

    private static void extensions(JsonNode extensions, String path, List<String> problems) {
        if (extensions == null) {
            return;
        }
        if (!extensions.isObject()) {
            problems.add(path + ": must be an object");
            return;
        }
        for (String key : extensions.propertyNames()) {
            if (!isAbsoluteIri(key)) {
                problems.add(path + ": key '" + key + "' must be an absolute IRI");
            }
        }
    }

    private static void languageMap(JsonNode map, String path, List<String> problems) {
        if (!map.isObject()) {
            problems.add(path + ": must be a language map");
            return;
        }
        for (Map.Entry<String, JsonNode> entry : map.properties()) {
            if (!LANGUAGE_TAG.matcher(entry.getKey()).matches()) {
                problems.add(path + ": '" + entry.getKey() + "' is not an RFC 5646 language tag");
            }
            if (!entry.getValue().isString()) {
                problems.add(path + "." + entry.getKey() + ": must be a string");
            }
        }
    }

    private static void timestamp(JsonNode value, String path, List<String> problems) {
        if (value == null) {
            return;
        }
        String text = value.asString("");
        try {
            OffsetDateTime.parse(text);
            if (!text.matches(".*(Z|[+-]\\d{2}:\\d{2})$")) {
                problems.add(path + ": must carry a time zone");
            }
        } catch (DateTimeParseException e) {
            problems.add(path + ": must be an ISO 8601 timestamp");
        }
    }

    private static void uuid(JsonNode value, String path, List<String> problems) {
        if (value == null || !UUID_PATTERN.matcher(value.asString("")).matches()) {
            problems.add(path + ": must be a UUID");
        }
    }

    private static void absoluteIri(JsonNode value, String path, List<String> problems) {
        if (value == null || !value.isString() || !isAbsoluteIri(value.asString())) {
            problems.add(path + ": must be an absolute IRI");
        }
    }

    static boolean isAbsoluteIri(String text) {
        try {
            URI uri = new URI(text.replace(" ", "%20"));
            return uri.isAbsolute() && uri.getScheme().toLowerCase(Locale.ROOT).matches("[a-z][a-z0-9+.-]*");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void unknownKeys(JsonNode node, String prefix, Set<String> allowed, List<String> problems) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (String key : node.propertyNames()) {
            if (!allowed.contains(key)) {
                problems.add(prefix + key + ": is not an xAPI property here");
            }
        }
    }
}
