package org.collabacademy.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collabacademy.TestAccounts;
import org.collabacademy.base.PublicUrl;
import org.collabacademy.xapi.LrsDocuments.Key;
import org.collabacademy.xapi.LrsDocuments.Kind;
import org.collabacademy.xapi.LrsDocuments.Preconditions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The LRS's store on H2 and PostgreSQL alike: immutability, voiding, every query filter, paging, documents, scopes. */
abstract class LrsContract {

    @Autowired LrsStatements statements;
    @Autowired LrsDocuments documents;
    @Autowired LrsClients clients;
    @Autowired LrsClientRepository clientRows;
    @Autowired TestAccounts accounts;
    @Autowired PublicUrl publicUrl;
    @Autowired org.collabacademy.TestClock clock;
    @Autowired LearningRecordsAdmin admin;
    @Autowired EnabledEndpoints enabledEndpoints;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.collabacademy.course.CourseReader reader;
    @Autowired LrsForwarder forwarder;

    private String marker;
    private LrsCaller writer;

    @BeforeEach
    void client() {
        marker = UUID.randomUUID().toString().substring(0, 8);
        writer = caller("writer-" + marker, EnumSet.allOf(LrsClient.Scope.class), null);
        act(writer);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private LrsCaller caller(String name, Set<LrsClient.Scope> scopes, Long learnerId) {
        accounts.signIn(TestAccounts.FIRST_ADMIN);
        Set<String> written = new java.util.HashSet<>();
        scopes.forEach(s -> written.add(s.written));
        var credentials = clients.create(name, written, learnerId);
        LrsClient row = clientRows.findByApiKey(credentials.key()).orElseThrow();
        return new LrsCaller(row.id(), row.apiKey(), row.name(), row.scopes(), row.learnerId());
    }

    private void act(LrsCaller caller) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority(LrsAuthentication.CLIENT)));
        caller.scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s.name())));
        accounts.use(UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities));
    }

    private ObjectNode statement(String who, String verb, String activity) {
        ObjectNode statement = XapiJson.JSON.createObjectNode();
        statement.putObject("actor").put("mbox", "mailto:" + who + "-" + marker + "@example.org");
        statement.putObject("verb").put("id", "http://example.org/verbs/" + verb);
        statement.putObject("object").put("id", "http://example.org/" + marker + "/" + activity);
        return statement;
    }

    private List<String> ids(LrsQuery query) {
        return statements.query(query).statements().stream().map(s -> XapiJson.JSON.readTree(s).get("id").asString()).toList();
    }

    private static LrsQuery query(Map<String, String> parameters) {
        return LrsQuery.parse(parameters);
    }

    private String agent(String who) {
        return "{\"mbox\":\"mailto:" + who + "-" + marker + "@example.org\"}";
    }

    @Test
    void statements_are_immutable_and_a_batch_is_stored_whole_or_not_at_all() {
        ObjectNode first = statement("ann", "tried", "a");
        UUID id = statements.store(List.of(first), List.of()).getFirst();
        first.put("id", id.toString());
        assertThat(statements.store(List.of(first.deepCopy()), List.of())).containsExactly(id);
        ObjectNode changed = first.deepCopy();
        changed.putObject("result").put("success", true);
        assertThatThrownBy(() -> statements.store(List.of(changed), List.of()))
                .isInstanceOfSatisfying(LrsException.class, e -> assertThat(e.status()).isEqualTo(409));

        ObjectNode fine = statement("ann", "tried", "b");
        ObjectNode broken = statement("ann", "tried", "c");
        ((ObjectNode) broken.get("verb")).put("id", "not an iri");
        assertThatThrownBy(() -> statements.store(List.of(fine, broken), List.of()))
                .isInstanceOfSatisfying(LrsException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("statements[1].verb.id");
                });
        assertThat(ids(query(Map.of("activity", "http://example.org/" + marker + "/b")))).isEmpty();
        JsonNode stored = XapiJson.JSON.readTree(statements.find(id, false).orElseThrow().json());
        assertThat(stored.path("authority").path("account").path("name").asString()).isEqualTo("lrs-client:" + writer.apiKey());
        assertThat(stored.has("stored")).isTrue();
    }

    @Test
    void voided_statements_leave_queries_stay_reachable_and_a_voiding_statement_cannot_be_voided() {
        UUID target = statements.store(List.of(statement("bob", "did", "x")), List.of()).getFirst();
        ObjectNode voiding = statement("bob", "voided", "ignored");
        voiding.putObject("verb").put("id", XapiJson.VOIDED);
        voiding.putObject("object").put("objectType", "StatementRef").put("id", target.toString());
        UUID voider = statements.store(List.of(voiding), List.of()).getFirst();

        assertThat(statements.find(target, false)).isEmpty();
        assertThat(statements.find(target, true)).isPresent();
        assertThat(ids(query(Map.of("agent", agent("bob"))))).containsExactly(voider.toString());
        ObjectNode again = statement("bob", "voided", "ignored");
        again.putObject("verb").put("id", XapiJson.VOIDED);
        again.putObject("object").put("objectType", "StatementRef").put("id", voider.toString());
        assertThatThrownBy(() -> statements.store(List.of(again), List.of()))
                .isInstanceOfSatisfying(LrsException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void every_filter_and_paging_with_more() {
        UUID registration = UUID.randomUUID();
        List<UUID> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ObjectNode s = statement(i % 2 == 0 ? "cat" : "dan", i < 3 ? "read" : "wrote", "page-" + i);
            ObjectNode context = s.putObject("context");
            context.put("registration", registration.toString());
            context.putObject("contextActivities").putArray("parent").addObject().put("id", "http://example.org/" + marker + "/course");
            context.putObject("instructor").put("mbox", "mailto:teacher-" + marker + "@example.org");
            stored.add(statements.store(List.of(s), List.of()).getFirst());
            clock.advance(java.time.Duration.ofMillis(3)); // distinct stored times, so that since/until split them
        }
        assertThat(ids(query(Map.of("agent", agent("cat"))))).containsExactly(stored.get(4).toString(), stored.get(2).toString(), stored.get(0).toString());
        assertThat(ids(query(Map.of("agent", agent("cat"), "verb", "http://example.org/verbs/read")))).hasSize(2);
        assertThat(ids(query(Map.of("activity", "http://example.org/" + marker + "/course")))).isEmpty();
        assertThat(ids(query(Map.of("activity", "http://example.org/" + marker + "/course", "related_activities", "true")))).hasSize(5);
        assertThat(ids(query(Map.of("agent", agent("teacher"))))).isEmpty();
        assertThat(ids(query(Map.of("agent", agent("teacher"), "related_agents", "true")))).hasSize(5);
        assertThat(ids(query(Map.of("registration", registration.toString(), "ascending", "true"))))
                .containsExactlyElementsOf(stored.stream().map(UUID::toString).toList());

        LrsQuery paged = query(Map.of("registration", registration.toString(), "limit", "2"));
        LrsStatements.Page page = statements.query(paged);
        List<String> all = new ArrayList<>();
        int pages = 0;
        while (true) {
            pages++;
            page.statements().forEach(s -> all.add(XapiJson.JSON.readTree(s).get("id").asString()));
            if (page.more() == null) {
                break;
            }
            page = statements.query(LrsQuery.fromToken(page.more()));
        }
        assertThat(pages).isEqualTo(3);
        assertThat(all).containsExactlyElementsOf(stored.reversed().stream().map(UUID::toString).toList());

        String storedAt = XapiJson.JSON.readTree(statements.find(stored.get(2), false).orElseThrow().json()).get("stored").asString();
        assertThat(ids(query(Map.of("registration", registration.toString(), "until", storedAt)))).hasSize(3);
        assertThat(ids(query(Map.of("registration", registration.toString(), "since", storedAt)))).hasSize(2);
        assertThatThrownBy(() -> query(Map.of("limit", "-1"))).isInstanceOf(LrsException.class);
        assertThatThrownBy(() -> query(Map.of("shoeSize", "9"))).isInstanceOf(LrsException.class);
    }

    @Test
    void a_learners_own_client_writes_and_reads_only_that_learner() {
        LrsCaller learnerClient = caller("learner-" + marker, EnumSet.of(LrsClient.Scope.STATEMENTS_WRITE, LrsClient.Scope.STATEMENTS_READ_MINE), 4242L);
        act(writer);
        statements.store(List.of(statement("eve", "read", "other")), List.of());
        act(learnerClient);
        ObjectNode someoneElse = statement("eve", "read", "mine");
        assertThatThrownBy(() -> statements.store(List.of(someoneElse), List.of()))
                .isInstanceOfSatisfying(LrsException.class, e -> assertThat(e.status()).isEqualTo(403));
        ObjectNode own = statement("x", "read", "mine");
        own.putObject("actor").putObject("account").put("homePage", publicUrl.url()).put("name", "4242");
        UUID mine = statements.store(List.of(own), List.of()).getFirst();
        assertThat(ids(query(Map.of("verb", "http://example.org/verbs/read")))).containsExactly(mine.toString());
    }

    @Test
    void a_page_experienced_through_the_api_counts_as_read_and_is_not_recorded_twice() {
        var learner = accounts.create("api-reader");
        act(writer);
        ObjectNode experienced = XapiJson.JSON.createObjectNode();
        experienced.putObject("actor").putObject("account").put("homePage", publicUrl.url()).put("name", String.valueOf(learner.id()));
        experienced.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/experienced");
        experienced.putObject("object").put("id", publicUrl.url()
                + "/xapi/activities/courses/collaborate-to-compete/modules/examples-of-collaborations/pages/five-sme-types");
        statements.store(List.of(experienced), List.of());
        assertThat(ids(query(Map.of("agent", "{\"account\":{\"homePage\":\"" + publicUrl.url() + "\",\"name\":\"" + learner.id() + "\"}}"))))
                .hasSize(1);

        accounts.signIn(learner.email());
        assertThat(reader.continueAt("collaborate-to-compete")).hasValueSatisfying(at -> assertThat(at.pageKey()).isEqualTo("five-sme-types"));
    }

    @Test
    void statements_sent_through_the_api_are_forwarded_to_external_stores_like_the_apps_own() {
        accounts.signIn(TestAccounts.FIRST_ADMIN);
        long endpoint = admin.saveEndpoint(new LearningRecordsAdmin.EndpointForm(null, "forward-" + marker, "https://lrs.example.org/xapi/", "", "", true)).id();
        enabledEndpoints.forget();
        try {
            act(writer);
            UUID id = statements.store(List.of(statement("fay", "shared", "z")), List.of()).getFirst();
            assertThat(jdbc.queryForObject("select count(*) from lrs_delivery where endpoint_id = ? and statement_id = ? and status = 'PENDING'",
                    Integer.class, endpoint, id)).isEqualTo(1);
            accounts.signIn(TestAccounts.FIRST_ADMIN);
            var browsed = admin.browse(new LearningRecordsAdmin.StatementQuery(null, "http://example.org/verbs/shared", "",
                    java.time.Instant.EPOCH, java.time.Instant.parse("9999-01-01T00:00:00Z")), org.springframework.data.domain.PageRequest.of(0, 50));
            assertThat(browsed.getContent()).filteredOn(r -> r.id().equals(id)).singleElement()
                    .satisfies(r -> assertThat(r.authority()).isEqualTo(writer.name()));
        } finally {
            accounts.signIn(TestAccounts.FIRST_ADMIN);
            admin.saveEndpoint(new LearningRecordsAdmin.EndpointForm(endpoint, "forward-" + marker, "https://lrs.example.org/xapi/", "", "", false));
            enabledEndpoints.forget();
        }
    }

    /** Two nodes (here two threads with their own transactions) forward the same backlog at the same moment. */
    @Test
    void nodes_forwarding_at_the_same_moment_send_every_statement_exactly_once() throws Exception {
        accounts.signIn(TestAccounts.FIRST_ADMIN);
        try (StubLrs lrs = new StubLrs()) {
            long endpoint = admin.saveEndpoint(new LearningRecordsAdmin.EndpointForm(null, "nodes-" + marker, lrs.url(), "", "", true)).id();
            enabledEndpoints.forget();
            try {
                act(writer);
                List<JsonNode> backlog = new ArrayList<>();
                for (int i = 0; i < 160; i++) {
                    backlog.add(statement("node-" + i, "shared", "backlog"));
                }
                List<String> stored = statements.store(backlog, List.of()).stream().map(UUID::toString).toList();

                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                java.util.concurrent.Callable<Integer> node = () -> {
                    together.await();
                    int sent = 0;
                    for (int batch; (batch = forwarder.deliverBatch(endpoint)) > 0; ) {
                        sent += batch;
                    }
                    return sent;
                };
                try (var nodes = java.util.concurrent.Executors.newFixedThreadPool(2)) {
                    var first = nodes.submit(node);
                    var second = nodes.submit(node);
                    assertThat(first.get() + second.get()).isEqualTo(stored.size());
                }
                assertThat(lrs.received).as("each statement once, none twice").hasSameSizeAs(stored).containsExactlyInAnyOrderElementsOf(stored);
            } finally {
                accounts.signIn(TestAccounts.FIRST_ADMIN);
                admin.saveEndpoint(new LearningRecordsAdmin.EndpointForm(endpoint, "nodes-" + marker, lrs.url(), "", "", false));
                enabledEndpoints.forget();
            }
        }
    }

    @Test
    void documents_keep_etags_merge_json_and_follow_the_concurrency_rules() {
        String agent = "mbox:mailto:doc-" + marker + "@example.org";
        Key state = new Key(Kind.STATE, "http://example.org/" + marker, agent, "", "bookmark");
        documents.put(state, "application/json", "{\"page\":1}".getBytes(StandardCharsets.UTF_8), new Preconditions(null, null));
        documents.post(state, "application/json", "{\"score\":3}".getBytes(StandardCharsets.UTF_8), new Preconditions(null, null));
        assertThat(XapiJson.JSON.readTree(documents.get(state).orElseThrow().content())).isEqualTo(XapiJson.JSON.readTree("{\"page\":1,\"score\":3}"));
        assertThat(documents.ids(new Key(Kind.STATE, state.activityId(), agent, "", ""), null)).containsExactly("bookmark");

        Key profile = new Key(Kind.ACTIVITY_PROFILE, "http://example.org/" + marker, "", "", "settings");
        String etag = documents.put(profile, "text/plain", "one".getBytes(StandardCharsets.UTF_8), new Preconditions(null, "*"));
        assertThatThrownBy(() -> documents.put(profile, "text/plain", "two".getBytes(StandardCharsets.UTF_8), new Preconditions(null, null)))
                .isInstanceOfSatisfying(LrsException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> documents.put(profile, "text/plain", "two".getBytes(StandardCharsets.UTF_8), new Preconditions("\"wrong\"", null)))
                .isInstanceOfSatisfying(LrsException.class, e -> assertThat(e.status()).isEqualTo(412));
        documents.put(profile, "text/plain", "two".getBytes(StandardCharsets.UTF_8), new Preconditions("\"" + etag + "\"", null));
        assertThat(new String(documents.get(profile).orElseThrow().content(), StandardCharsets.UTF_8)).isEqualTo("two");
        assertThatThrownBy(() -> documents.post(profile, "application/json", "{}".getBytes(StandardCharsets.UTF_8), new Preconditions(null, null)))
                .isInstanceOfSatisfying(LrsException.class, e -> assertThat(e.status()).isEqualTo(400));
        documents.deleteAll(new Key(Kind.STATE, state.activityId(), agent, "", ""));
        assertThat(documents.get(state)).isEmpty();
    }
}
