package org.collabacademy.load;

import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.shared.JsonConstants;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser tab speaking Vaadin Flow's client-server protocol over real HTTP: the bootstrap page,
 * the {@code v-r=init} request that creates the UI, then UIDL requests that carry DOM events and property
 * changes with the UI's security key, exactly as Vaadin's browser client sends them. Each request's round
 * trip goes to {@link Timings} under the name of the interaction.
 */
final class UidlClient {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern SPRING_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private final Timings timings;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private NodeTree tree = new NodeTree();
    private int uiId = -1;
    private String securityKey = "";
    private int syncId;
    private int clientId;
    private int historyIndex;
    private final List<ObjectNode> scriptsToAnswer = new ArrayList<>();
    /** Spring Security's CSRF token from the last page load, which signing out needs. */
    private String springCsrf = "";

    UidlClient(HttpClient http, String base, Timings timings) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.timings = timings;
    }

    NodeTree tree() {
        return tree;
    }

    /** Signs in through Spring Security's form login, as the sign-in view's form posts it. */
    void signIn(String email, String password) {
        long start = System.nanoTime();
        HttpResponse<String> page = get("/signin");
        Matcher token = SPRING_CSRF.matcher(page.body());
        if (!token.find()) {
            throw new LoadFailure("the sign-in page has no CSRF token");
        }
        String form = "_csrf=" + encode(token.group(1)) + "&username=" + encode(email) + "&password=" + encode(password);
        HttpResponse<String> posted = send(request("/signin").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = posted.headers().firstValue("Location").orElse("");
        // refused is back to the sign-in page: "?error", or "?wait=n" from the throttle after repeated failures
        if (posted.statusCode() != 302 || location.contains("/signin")) {
            throw new LoadFailure("sign-in of " + email + " refused: " + posted.statusCode() + " " + location);
        }
        timings.record("sign in", System.nanoTime() - start);
    }

    /** Signs out (ends the HTTP session, and with it the Vaadin session and its UIs). */
    void signOut() {
        HttpResponse<String> out;
        try {
            out = postSignOut();
        } catch (LoadFailure noAnswer) {
            out = postSignOut(); // once more: a kept-alive connection the server had just closed (3 of 500 in one run)
        }
        if (out.statusCode() != 302) {
            throw new LoadFailure("sign-out refused: " + out.statusCode());
        }
        cookies.remove("JSESSIONID");
    }

    private HttpResponse<String> postSignOut() {
        return send(request("/logout").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(springCsrf))));
    }

    /** Opens {@code route} as a page load does: the bootstrap page, the UI's init request, then the navigation event. */
    void open(String route, String interaction) {
        long start = System.nanoTime();
        Matcher token = SPRING_CSRF.matcher(get("/" + route).body());
        if (token.find()) {
            springCsrf = token.group(1);
        }
        HttpResponse<String> init = get("/?" + ApplicationConstants.REQUEST_TYPE_PARAMETER + "=" + ApplicationConstants.REQUEST_TYPE_INIT
                + "&location=" + encode(route) + "&query=&v-bw=1280&v-bh=900&v-tzid=UTC&v-curdate=" + System.currentTimeMillis());
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        if (config == null) {
            throw new LoadFailure("no UI for /" + route + ": " + abbreviate(init.body()));
        }
        tree = new NodeTree();
        scriptsToAnswer.clear();
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        securityKey = uidl.get(ApplicationConstants.UIDL_SECURITY_TOKEN_ID).asString();
        received(uidl);
        historyIndex = 0;
        navigate(route);
        timings.record(interaction, System.nanoTime() - start);
    }

    /** Follows a router link to {@code route} inside the same UI, as a click on a link does. */
    void follow(String route, String interaction) {
        String relative = route.startsWith("/") ? route.substring(1) : route;
        timed(interaction, () -> navigate(relative));
    }

    void click(String elementId, String interaction) {
        NodeTree.Node node = tree.byId(elementId).orElseThrow(() -> new LoadFailure("no #" + elementId + " on the page"));
        if (node.attributes.containsKey("href")) {
            follow(node.attributes.get("href"), interaction);
        } else {
            timed(interaction, () -> rpc(event(node, "click")));
        }
    }

    /**
     * Confirms a confirm dialog as the browser does: the {@code confirm} event, the dialog closing itself
     * ({@code opened} false), and its {@code closed} event once the closing animation is over. Without the
     * second part the server would keep the modal dialog open and ignore every later event outside it; without
     * the third it would keep the closed dialog in the UI, and with it the view whose listener it holds.
     */
    void confirm(String dialogId, String interaction) {
        NodeTree.Node dialog = tree.byId(dialogId).orElseThrow(() -> new LoadFailure("no #" + dialogId + " on the page"));
        List<ObjectNode> calls = new ArrayList<>(List.of(event(dialog, "confirm"), sync(dialog, "opened", BooleanNode.FALSE)));
        for (String closing : List.of("opened-changed", "closed")) {
            if (dialog.listeners.containsKey(closing)) {
                calls.add(event(dialog, closing));
            }
        }
        timed(interaction, () -> rpc(calls.toArray(ObjectNode[]::new)));
    }

    /** Sets a field's value as the browser does: the synchronized property, then the event that carries it. */
    void setValue(NodeTree.Node node, JsonNode value, String interaction) {
        String domEvent = node.listeners.keySet().stream()
                .filter(e -> tree.expressions(node, e).has(JsonConstants.SYNCHRONIZE_PROPERTY_TOKEN + "value"))
                .findFirst().orElseThrow(() -> new LoadFailure("<" + node.tag + "> does not synchronize its value"));
        timed(interaction, () -> rpc(sync(node, "value", value), event(node, domEvent)));
    }

    private static ObjectNode sync(NodeTree.Node node, String property, JsonNode value) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put(JsonConstants.RPC_TYPE, JsonConstants.RPC_TYPE_MAP_SYNC);
        sync.put(JsonConstants.RPC_NODE, node.id);
        sync.put(JsonConstants.RPC_FEATURE, NodeTree.PROPERTY_FEATURE);
        sync.put(JsonConstants.RPC_PROPERTY, property);
        sync.set(JsonConstants.RPC_PROPERTY_VALUE, value);
        return sync;
    }


    private void navigate(String route) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", "/" + route);
        data.put("query", "");
        data.put("appShellTitle", "CollabAcademy");
        data.putObject("historyState").put("idx", historyIndex++);
        data.put("trigger", "");
        ObjectNode navigation = JSON.createObjectNode();
        navigation.put(JsonConstants.RPC_TYPE, JsonConstants.RPC_TYPE_EVENT);
        navigation.put(JsonConstants.RPC_NODE, 1);
        navigation.put(JsonConstants.RPC_EVENT_TYPE, "ui-navigate");
        navigation.set(JsonConstants.RPC_EVENT_DATA, data);
        rpc(navigation);
    }

    private ObjectNode event(NodeTree.Node node, String domEvent) {
        ObjectNode data = JSON.createObjectNode();
        tree.expressions(node, domEvent).properties().forEach(expression -> {
            String key = expression.getKey();
            JsonNode kind = expression.getValue();
            if (key.startsWith(JsonConstants.SYNCHRONIZE_PROPERTY_TOKEN) || kind.isArray()) {
                return; // synchronized properties travel as mSync; arrays are debounce settings
            }
            if (kind.asBoolean()) {
                data.put(key, true); // a filter: the browser only sends the event when it holds
            } else if (key.endsWith("Key")) {
                data.put(key, false);
            } else {
                data.put(key, key.equals("event.detail") ? 1 : 0);
            }
        });
        ObjectNode event = JSON.createObjectNode();
        event.put(JsonConstants.RPC_TYPE, JsonConstants.RPC_TYPE_EVENT);
        event.put(JsonConstants.RPC_NODE, node.id);
        event.put(JsonConstants.RPC_EVENT_TYPE, domEvent);
        event.set(JsonConstants.RPC_EVENT_DATA, data);
        return event;
    }

    /**
     * What the browser sends right after rendering: web components that have just been attached report their
     * initial state ({@code opened-changed}, {@code value-changed}, ...) for the properties the server
     * synchronizes. Vaadin keeps the last response per UI for a resent message, so skipping this echo would
     * also leave a whole page's render in memory where a browser leaves a small answer.
     */
    private void echoInitialState() {
        List<ObjectNode> calls = new ArrayList<>();
        for (NodeTree.Node node : tree.attached()) {
            for (String domEvent : node.listeners.keySet()) {
                if (!domEvent.endsWith("-changed")) {
                    continue;
                }
                String property = JsonConstants.SYNCHRONIZE_PROPERTY_TOKEN + camelCase(domEvent.substring(0, domEvent.length() - "-changed".length()));
                if (tree.expressions(node, domEvent).has(property)) {
                    calls.add(event(node, domEvent));
                    JsonNode known = node.properties.get(property.substring(1));
                    if (known != null) {
                        calls.add(sync(node, property.substring(1), known));
                    }
                }
            }
        }
        if (!calls.isEmpty()) {
            exchange(calls.toArray(ObjectNode[]::new));
        }
    }

    private static String camelCase(String dashed) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : dashed.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private void rpc(ObjectNode... invocations) {
        exchange(invocations);
        echoInitialState();
        answerScripts();
    }

    /**
     * What the browser sends when a script the server ran returns a value ({@code executeJs(...).then(...)}): the
     * value, through the return channel the call names. The app's scripts that return something read the
     * browser's local storage (an unsent draft), which in a fresh browser holds nothing: the answer is null. A
     * browser always answers, and its small answer then replaces the page's render as the response Vaadin keeps.
     */
    private void answerScripts() {
        for (int round = 0; round < 3 && !scriptsToAnswer.isEmpty(); round++) {
            List<ObjectNode> answers = new ArrayList<>(scriptsToAnswer);
            scriptsToAnswer.clear();
            exchange(answers.toArray(ObjectNode[]::new));
        }
    }

    /** Return channels of the scripts in a response: the first {@code @v-return} of a call is where its value goes. */
    private void collectScripts(JsonNode uidl) {
        JsonNode calls = uidl.get(JsonConstants.UIDL_KEY_EXECUTE);
        if (calls == null) {
            return;
        }
        for (JsonNode call : calls) {
            for (JsonNode parameter : call) {
                JsonNode channel = parameter.get("@v-return");
                if (channel != null) {
                    ObjectNode answer = JSON.createObjectNode();
                    answer.put(JsonConstants.RPC_TYPE, JsonConstants.RPC_TYPE_CHANNEL);
                    answer.put(JsonConstants.RPC_NODE, channel.get(0).asInt());
                    answer.put(JsonConstants.RPC_CHANNEL, channel.get(1).asInt());
                    answer.putArray(JsonConstants.RPC_CHANNEL_ARGUMENTS).addNull();
                    scriptsToAnswer.add(answer);
                    break;
                }
            }
        }
    }

    private void exchange(ObjectNode... invocations) {
        ObjectNode message = JSON.createObjectNode();
        message.put(ApplicationConstants.CSRF_TOKEN, securityKey);
        ArrayNode calls = message.putArray(ApplicationConstants.RPC_INVOCATIONS);
        for (ObjectNode invocation : invocations) {
            calls.add(invocation);
        }
        message.put(ApplicationConstants.SERVER_SYNC_ID, syncId);
        message.put(ApplicationConstants.CLIENT_TO_SERVER_ID, clientId);
        HttpResponse<String> response = send(request("/?" + ApplicationConstants.REQUEST_TYPE_PARAMETER + "=" + ApplicationConstants.REQUEST_TYPE_UIDL
                + "&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        String body = response.body();
        if (response.statusCode() != 200 || !body.startsWith("{")) {
            throw new LoadFailure("UIDL answered " + response.statusCode() + ": " + abbreviate(body));
        }
        received(JSON.readTree(body));
    }

    private void received(JsonNode uidl) {
        JsonNode meta = uidl.get("meta");
        if (meta != null && (meta.has("sessionExpired") || meta.has("appError"))) {
            throw new LoadFailure("the server ended the UI: " + abbreviate(meta.toString()));
        }
        tree.apply(uidl);
        collectScripts(uidl);
        if (uidl.has(ApplicationConstants.SERVER_SYNC_ID)) {
            syncId = uidl.get(ApplicationConstants.SERVER_SYNC_ID).asInt();
        }
        clientId = uidl.has(ApplicationConstants.CLIENT_TO_SERVER_ID) ? uidl.get(ApplicationConstants.CLIENT_TO_SERVER_ID).asInt() : clientId + 1;
    }

    private void timed(String interaction, Runnable exchange) {
        long start = System.nanoTime();
        exchange.run();
        timings.record(interaction, System.nanoTime() - start);
    }

    private HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).GET());
        if (response.statusCode() != 200) {
            throw new LoadFailure("GET " + path + " answered " + response.statusCode());
        }
        return response;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                }
            }
            return response;
        } catch (IOException e) {
            throw new LoadFailure("no answer from " + base + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted");
        }
    }


    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
