package org.collabacademy.xapi;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading statements as JSON: the inverse functional identifier of an agent, the agents and activities a
 * statement names (for the query filters), the spec's "ids" format, and statement equivalence.
 */
final class XapiJson {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private XapiJson() {
    }

    /** One canonical string per IFI, e.g. {@code mbox:mailto:a@b.org} or {@code account:https://x.org|42}; null when none. */
    static @Nullable String ifi(@Nullable JsonNode agent) {
        if (agent == null || !agent.isObject()) {
            return null;
        }
        if (agent.has("mbox")) {
            return "mbox:" + agent.get("mbox").asString("").toLowerCase(java.util.Locale.ROOT);
        }
        if (agent.has("mbox_sha1sum")) {
            return "mbox_sha1sum:" + agent.get("mbox_sha1sum").asString("");
        }
        if (agent.has("openid")) {
            return "openid:" + agent.get("openid").asString("");
        }
        if (agent.has("account")) {
            JsonNode account = agent.get("account");
            return "account:" + account.path("homePage").asString("") + "|" + account.path("name").asString("");
        }
        return null;
    }

    private static boolean isAgent(JsonNode object) {
        String type = object.path("objectType").asString("");
        return type.equals("Agent") || type.equals("Group");
    }

    /** Agents named by the statement: {@code true} for the "agent" filter (actor or object), {@code false} for related ones. */
    static Map<String, Boolean> agents(JsonNode statement) {
        Map<String, Boolean> agents = new java.util.LinkedHashMap<>();
        addAgent(agents, statement.get("actor"), true);
        JsonNode object = statement.get("object");
        if (object != null && isAgent(object)) {
            addAgent(agents, object, true);
        }
        addAgent(agents, statement.get("authority"), false);
        JsonNode context = statement.get("context");
        if (context != null) {
            addAgent(agents, context.get("instructor"), false);
            addAgent(agents, context.get("team"), false);
        }
        if (object != null && "SubStatement".equals(object.path("objectType").asString(""))) {
            addAgent(agents, object.get("actor"), false);
            JsonNode inner = object.get("object");
            if (inner != null && isAgent(inner)) {
                addAgent(agents, inner, false);
            }
            JsonNode innerContext = object.get("context");
            if (innerContext != null) {
                addAgent(agents, innerContext.get("instructor"), false);
                addAgent(agents, innerContext.get("team"), false);
            }
        }
        return agents;
    }

    private static void addAgent(Map<String, Boolean> agents, @Nullable JsonNode agent, boolean direct) {
        if (agent == null || !agent.isObject()) {
            return;
        }
        String ifi = ifi(agent);
        if (ifi != null) {
            agents.merge(ifi, direct, Boolean::logicalOr);
        }
        JsonNode members = agent.get("member");
        if (members != null && members.isArray()) {
            for (JsonNode member : members) {
                String memberIfi = ifi(member);
                if (memberIfi != null) {
                    agents.merge(memberIfi, false, Boolean::logicalOr);
                }
            }
        }
    }

    /** Activities named by the statement: {@code true} for its object, {@code false} for context and sub-statement ones. */
    static Map<String, Boolean> activities(JsonNode statement) {
        Map<String, Boolean> activities = new java.util.LinkedHashMap<>();
        JsonNode object = statement.get("object");
        if (object != null && isActivity(object)) {
            activities.merge(object.path("id").asString(""), true, Boolean::logicalOr);
        }
        addContextActivities(activities, statement.get("context"));
        if (object != null && "SubStatement".equals(object.path("objectType").asString(""))) {
            JsonNode inner = object.get("object");
            if (inner != null && isActivity(inner)) {
                activities.merge(inner.path("id").asString(""), false, Boolean::logicalOr);
            }
            addContextActivities(activities, object.get("context"));
        }
        return activities;
    }

    static boolean isActivity(JsonNode object) {
        return !object.has("objectType") || "Activity".equals(object.path("objectType").asString(""));
    }

    private static void addContextActivities(Map<String, Boolean> activities, @Nullable JsonNode context) {
        if (context == null || !context.has("contextActivities")) {
            return;
        }
        for (Map.Entry<String, JsonNode> kind : context.get("contextActivities").properties()) {
            JsonNode value = kind.getValue();
            for (JsonNode activity : value.isArray() ? value : JSON.createArrayNode().add(value)) {
                activities.merge(activity.path("id").asString(""), false, Boolean::logicalOr);
            }
        }
    }

    /** The spec's {@code format=ids}: agents by their identifier only, activities and verbs by id. */
    static JsonNode idsFormat(JsonNode statement) {
        ObjectNode copy = (ObjectNode) statement.deepCopy();
        reduceAgent(copy, "actor");
        reduceAgent(copy, "authority");
        if (copy.has("verb")) {
            copy.set("verb", JSON.createObjectNode().put("id", copy.get("verb").path("id").asString("")));
        }
        reduceObject(copy);
        if (copy.get("object") instanceof ObjectNode sub && "SubStatement".equals(sub.path("objectType").asString(""))) {
            reduceAgent(sub, "actor");
            if (sub.has("verb")) {
                sub.set("verb", JSON.createObjectNode().put("id", sub.get("verb").path("id").asString("")));
            }
            reduceObject(sub);
        }
        if (copy.get("context") instanceof ObjectNode context) {
            reduceAgent(context, "instructor");
            reduceAgent(context, "team");
            if (context.get("contextActivities") instanceof ObjectNode activities) {
                for (String kind : Set.copyOf(activities.propertyNames())) {
                    ArrayNode reduced = JSON.createArrayNode();
                    JsonNode value = activities.get(kind);
                    for (JsonNode activity : value.isArray() ? value : JSON.createArrayNode().add(value)) {
                        reduced.add(JSON.createObjectNode().put("id", activity.path("id").asString("")).put("objectType", "Activity"));
                    }
                    activities.set(kind, reduced);
                }
            }
        }
        return copy;
    }

    private static void reduceObject(ObjectNode statement) {
        JsonNode object = statement.get("object");
        if (object == null) {
            return;
        }
        if (isActivity(object)) {
            statement.set("object", JSON.createObjectNode().put("objectType", "Activity").put("id", object.path("id").asString("")));
        } else if (isAgent(object)) {
            reduceAgent(statement, "object");
        }
    }

    private static void reduceAgent(ObjectNode parent, String field) {
        JsonNode agent = parent.get(field);
        if (agent == null || !agent.isObject()) {
            return;
        }
        ObjectNode reduced = JSON.createObjectNode();
        reduced.put("objectType", agent.path("objectType").asString("Agent"));
        for (String key : new String[] {"mbox", "mbox_sha1sum", "openid", "account"}) {
            if (agent.has(key)) {
                reduced.set(key, agent.get(key));
            }
        }
        if (agent.has("member")) {
            ArrayNode members = JSON.createArrayNode();
            for (JsonNode member : agent.get("member")) {
                ObjectNode holder = JSON.createObjectNode();
                holder.set("m", member);
                reduceAgent(holder, "m");
                members.add(holder.get("m"));
            }
            reduced.set("member", members);
        }
        parent.set(field, reduced);
    }

    /** Keys whose values are language maps in a statement (verb display, definitions, interaction components, attachments). */
    private static final Set<String> LANGUAGE_MAPS = Set.of("display", "name", "description");

    /**
     * The spec's {@code format=canonical}: every language map reduced to the one language the client
     * prefers most (its Accept-Language, in order), else the map's first entry.
     */
    static JsonNode canonicalFormat(JsonNode statement, java.util.List<java.util.Locale.LanguageRange> preferred) {
        JsonNode copy = statement.deepCopy();
        reduceLanguageMaps(copy, preferred);
        return copy;
    }

    private static void reduceLanguageMaps(JsonNode node, java.util.List<java.util.Locale.LanguageRange> preferred) {
        if (node instanceof ObjectNode object) {
            for (String key : Set.copyOf(object.propertyNames())) {
                JsonNode value = object.get(key);
                if (LANGUAGE_MAPS.contains(key) && value instanceof ObjectNode map && isLanguageMap(map)) {
                    java.util.List<String> tags = new java.util.ArrayList<>(map.propertyNames());
                    java.util.List<String> matches = java.util.Locale.filterTags(preferred, tags);
                    String chosen = matches.isEmpty() ? tags.getFirst() : tags.stream().filter(t -> t.equalsIgnoreCase(matches.getFirst())).findFirst().orElse(tags.getFirst());
                    ObjectNode reduced = JSON.createObjectNode();
                    reduced.set(chosen, map.get(chosen));
                    object.set(key, reduced);
                } else {
                    reduceLanguageMaps(value, preferred);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> reduceLanguageMaps(item, preferred));
        }
    }

    private static boolean isLanguageMap(ObjectNode map) {
        return !map.isEmpty() && map.properties().stream().allMatch(e -> e.getValue().isString() && e.getKey().matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*"));
    }

    /**
     * Whether a statement sent again is the one already stored: the same content, ignoring what the LRS
     * adds (stored, authority, version) and, when the sender gave none, the timestamp the LRS filled in.
     */
    static boolean sameStatement(JsonNode stored, JsonNode received) {
        ObjectNode a = (ObjectNode) stored.deepCopy();
        ObjectNode b = (ObjectNode) received.deepCopy();
        for (ObjectNode node : new ObjectNode[] {a, b}) {
            node.remove(java.util.List.of("stored", "authority", "version"));
        }
        if (!b.has("timestamp")) {
            a.remove("timestamp");
        }
        return a.equals(b);
    }

}
