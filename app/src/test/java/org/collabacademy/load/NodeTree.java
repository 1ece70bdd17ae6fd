package org.collabacademy.load;

import com.vaadin.flow.internal.nodefeature.ElementAttributeMap;
import com.vaadin.flow.internal.nodefeature.ElementChildrenList;
import com.vaadin.flow.internal.nodefeature.ElementData;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.NodeFeatureRegistry;
import com.vaadin.flow.shared.JsonConstants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of one UI's state tree, kept up to date from the "changes" of each UIDL response, as
 * Vaadin's browser client keeps it. Only what a learner's script needs: tags, attributes (ids, hrefs),
 * properties, children and which DOM events the server listens to with which event data.
 */
final class NodeTree {

    private static final int ELEMENT_DATA = NodeFeatureRegistry.getId(ElementData.class);
    private static final int PROPERTIES = NodeFeatureRegistry.getId(ElementPropertyMap.class);
    private static final int CHILDREN = NodeFeatureRegistry.getId(ElementChildrenList.class);
    private static final int ATTRIBUTES = NodeFeatureRegistry.getId(ElementAttributeMap.class);
    private static final int LISTENERS = NodeFeatureRegistry.getId(ElementListenerMap.class);

    static final int PROPERTY_FEATURE = PROPERTIES;

    /** One state node; the maps hold the last value the server sent. */
    static final class Node {
        final int id;
        String tag = "";
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? "" : value.asString();
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    /** Event data expressions by constant hash: the server sends each listener's expressions once. */
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** The nodes the last applied response attached, in order. */
    private final List<Node> attached = new ArrayList<>();

    void apply(JsonNode uidl) {
        attached.clear();
        JsonNode newConstants = uidl.get("constants");
        if (newConstants != null) {
            newConstants.properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        }
        JsonNode changes = uidl.get("changes");
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get(JsonConstants.CHANGE_NODE).asInt();
            String type = change.get(JsonConstants.CHANGE_TYPE).asString();
            if (type.equals(JsonConstants.CHANGE_TYPE_DETACH)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            if (type.equals(JsonConstants.CHANGE_TYPE_ATTACH)) {
                attached.add(node);
            }
            if (!change.has(JsonConstants.CHANGE_FEATURE)) {
                continue;
            }
            int feature = change.get(JsonConstants.CHANGE_FEATURE).asInt();
            switch (type) {
                case JsonConstants.CHANGE_TYPE_PUT -> put(node, feature, change);
                case JsonConstants.CHANGE_TYPE_REMOVE -> remove(node, feature, change.get(JsonConstants.CHANGE_MAP_KEY).asString());
                case JsonConstants.CHANGE_TYPE_SPLICE -> splice(node, feature, change);
                case JsonConstants.CHANGE_TYPE_CLEAR -> {
                    if (feature == CHILDREN) {
                        node.children.clear();
                    }
                }
                default -> {
                    // attach needs nothing more here
                }
            }
        }
    }

    private void put(Node node, int feature, JsonNode change) {
        String key = change.get(JsonConstants.CHANGE_MAP_KEY).asString();
        JsonNode value = change.get(JsonConstants.CHANGE_PUT_VALUE);
        if (feature == ELEMENT_DATA && key.equals("tag") && value != null) {
            node.tag = value.asString();
        } else if (feature == PROPERTIES && value != null) {
            node.properties.put(key, value);
        } else if (feature == ATTRIBUTES && value != null) {
            node.attributes.put(key, value.isString() ? value.asString() : value.toString());
        } else if (feature == LISTENERS && value != null) {
            node.listeners.put(key, value.isString() ? value.asString() : value.toString());
        }
    }

    private static void remove(Node node, int feature, String key) {
        if (feature == PROPERTIES) {
            node.properties.remove(key);
        } else if (feature == ATTRIBUTES) {
            node.attributes.remove(key);
        } else if (feature == LISTENERS) {
            node.listeners.remove(key);
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        if (feature != CHILDREN) {
            return;
        }
        int index = change.get(JsonConstants.CHANGE_SPLICE_INDEX).asInt();
        JsonNode removed = change.get(JsonConstants.CHANGE_SPLICE_REMOVE);
        if (removed != null) {
            for (int i = 0; i < removed.asInt() && index < node.children.size(); i++) {
                node.children.remove(index);
            }
        }
        JsonNode added = change.get(JsonConstants.CHANGE_SPLICE_ADD_NODES);
        if (added != null) {
            List<Integer> ids = new ArrayList<>();
            added.forEach(n -> ids.add(n.asInt()));
            node.children.addAll(Math.min(index, node.children.size()), ids);
        }
    }

    List<Node> attached() {
        return attached.stream().filter(n -> nodes.get(n.id) == n).toList();
    }

    Optional<Node> byId(String elementId) {
        return nodes.values().stream().filter(n -> elementId.equals(n.attributes.get("id"))).findFirst();
    }

    List<Node> byIdPrefix(String prefix) {
        return nodes.values().stream().filter(n -> n.attributes.getOrDefault("id", "").startsWith(prefix))
                .sorted(java.util.Comparator.comparingInt(n -> n.id)).toList();
    }


    /** Every node below {@code node}, depth first. */
    List<Node> descendants(Node node) {
        List<Node> found = new ArrayList<>();
        for (Node child : children(node)) {
            found.add(child);
            found.addAll(descendants(child));
        }
        return found;
    }

    List<Node> children(Node node) {
        return node.children.stream().map(nodes::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The event data expressions the server asked for when it registered {@code event} on {@code node}. */
    JsonNode expressions(Node node, String event) {
        String hash = node.listeners.get(event);
        if (hash == null) {
            throw new IllegalStateException("the server does not listen to '" + event + "' on <" + node.tag + " id=" + node.attributes.get("id") + ">");
        }
        return constants.get(hash);
    }

}
