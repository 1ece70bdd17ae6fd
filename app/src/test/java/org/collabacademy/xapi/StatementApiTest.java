package org.collabacademy.xapi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.collabacademy.IntegrationTest;
import org.collabacademy.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The built-in LRS over real HTTP, as the xAPI 1.0.3 specification (xAPI-Communication.md, xAPI-Data.md)
 * describes it. The database is shared with other test classes, so every test works on its own
 * activities, verbs and agents (a random marker in each) and filters its queries on them.
 */
@IntegrationTest
class StatementApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** All scopes. */
    private static LrsClients.Credentials full;
    /** statements/write and statements/read/mine only (no state, no profile). */
    private static LrsClients.Credentials mine;

    @LocalServerPort int port;

    private String marker;
    private String activity;
    private String verb;
    private String learner;
    @Autowired org.collabacademy.TestClock testClock;

    @BeforeAll
    static void clients(@Autowired LrsClients clients, @Autowired TestAccounts accounts) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        accounts.signIn(TestAccounts.FIRST_ADMIN);
        try {
            full = clients.create("test-client-full-" + suffix, Set.of("statements/write", "statements/read", "state", "profile", "define"), null);
            mine = clients.create("test-client-mine-" + suffix, Set.of("statements/write", "statements/read/mine"), null);
        } finally {
            accounts.signOut();
        }
    }

    @BeforeEach
    void marker() {
        marker = UUID.randomUUID().toString();
        activity = "http://example.org/xapi-test/" + marker + "/activity";
        verb = "http://example.org/xapi-test/" + marker + "/verbs/experienced";
        learner = "mailto:learner-" + marker + "@example.org";
    }

    // ---- About, version header, authentication -----------------------------------------------------------

    @Test
    void about_answers_without_credentials_with_the_versions_it_supports() {
        Res about = call("GET", "/xapi/about").anonymous().withoutVersion().send();
        assertThat(about.status()).isEqualTo(200);
        assertThat(strings(about.json().path("version"))).contains("1.0.3");
        assertThat(about.header("X-Experience-API-Version")).isPresent();
    }

    @Test
    void every_response_carries_the_version_header() {
        String id = postOne(statement());
        List<Res> responses = List.of(
                call("GET", "/xapi/about").anonymous().withoutVersion().send(),
                call("GET", "/xapi/statements?statementId=" + id).send(),
                call("GET", "/xapi/statements?statementId=" + UUID.randomUUID()).send(),
                call("POST", "/xapi/statements").json("{\"actor\":{}}").send(),
                call("GET", "/xapi/statements?statementId=" + id).withoutVersion().send(),
                call("GET", "/xapi/statements?statementId=" + id).anonymous().send());
        SoftAssertions soft = new SoftAssertions();
        for (Res response : responses) {
            soft.assertThat(response.header("X-Experience-API-Version")).as("version header on a %d response", response.status())
                    .hasValueSatisfying(v -> assertThat(v).startsWith("1.0."));
        }
        soft.assertAll();
    }

    @Test
    void a_request_without_a_supported_version_header_is_400() {
        String path = "/xapi/statements?statementId=" + UUID.randomUUID();
        assertThat(call("GET", path).withoutVersion().send().status()).isEqualTo(400);
        assertThat(call("GET", path).header("X-Experience-API-Version", "0.95").send().status()).isEqualTo(400);
        assertThat(call("GET", path).header("X-Experience-API-Version", "2.0.0").send().status()).isEqualTo(400);
        assertThat(call("GET", path).header("X-Experience-API-Version", "banana").send().status()).isEqualTo(400);
    }

    @Test
    void a_request_without_or_with_wrong_credentials_is_401() {
        String path = "/xapi/statements?verb=" + enc(verb);
        assertThat(call("GET", path).anonymous().send().status()).isEqualTo(401);
        assertThat(call("GET", path).as(new LrsClients.Credentials(full.key(), "not-the-secret")).send().status()).isEqualTo(401);
        assertThat(call("GET", path).as(new LrsClients.Credentials("no-such-key", full.secret())).send().status()).isEqualTo(401);
        assertThat(call("POST", "/xapi/statements").anonymous().json(statement()).send().status()).isEqualTo(401);
    }

    // ---- Storing statements ----------------------------------------------------------------------------

    @Test
    void a_posted_statement_is_answered_with_an_array_of_its_id() {
        UUID id = UUID.randomUUID();
        ObjectNode statement = statement();
        statement.put("id", id.toString());
        Res posted = call("POST", "/xapi/statements").json(statement).send();
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(strings(posted.json())).containsExactly(id.toString());
    }

    @Test
    void a_posted_batch_is_answered_with_the_ids_in_order() {
        String first = UUID.randomUUID().toString();
        String third = UUID.randomUUID().toString();
        ArrayNode batch = JSON.createArrayNode();
        batch.add(statement().put("id", first));
        batch.add(statement());
        batch.add(statement().put("id", third));
        Res posted = call("POST", "/xapi/statements").json(batch).send();
        assertThat(posted.status()).isEqualTo(200);
        List<String> ids = strings(posted.json());
        assertThat(ids).hasSize(3);
        assertThat(ids.get(0)).isEqualTo(first);
        assertThat(ids.get(2)).isEqualTo(third);
        assertThat(UUID.fromString(ids.get(1))).isNotNull();
        assertThat(queryIds("activity=" + enc(activity))).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void a_statement_sent_without_an_id_is_given_one() {
        Res posted = call("POST", "/xapi/statements").json(statement()).send();
        assertThat(posted.status()).isEqualTo(200);
        String id = posted.json().get(0).asString();
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(getStatement(id).path("id").asString()).isEqualTo(id);
    }

    @Test
    void a_statement_put_with_its_statement_id_is_204_and_stored_under_that_id() {
        String id = UUID.randomUUID().toString();
        Res put = call("PUT", "/xapi/statements?statementId=" + id).json(statement()).send();
        assertThat(put.status()).isEqualTo(204);
        assertThat(getStatement(id).path("verb").path("id").asString()).isEqualTo(verb);
    }

    @Test
    void a_put_whose_body_id_differs_from_the_statement_id_parameter_is_400() {
        String id = UUID.randomUUID().toString();
        ObjectNode statement = statement().put("id", UUID.randomUUID().toString());
        assertThat(call("PUT", "/xapi/statements?statementId=" + id).json(statement).send().status()).isEqualTo(400);
        assertThat(call("GET", "/xapi/statements?statementId=" + id).send().status()).isEqualTo(404);
    }

    @Test
    void a_put_without_a_statement_id_is_400() {
        assertThat(call("PUT", "/xapi/statements").json(statement()).send().status()).isEqualTo(400);
        assertThat(call("PUT", "/xapi/statements").json(statement().put("id", UUID.randomUUID().toString())).send().status()).isEqualTo(400);
    }

    @Test
    void a_statement_put_twice_with_the_same_content_is_accepted_and_with_other_content_is_409() {
        String id = UUID.randomUUID().toString();
        ObjectNode statement = statement();
        assertThat(call("PUT", "/xapi/statements?statementId=" + id).json(statement).send().status()).isEqualTo(204);
        assertThat(call("PUT", "/xapi/statements?statementId=" + id).json(statement).send().status()).isEqualTo(204);
        Res again = call("POST", "/xapi/statements").json(statement.deepCopy().put("id", id)).send();
        assertThat(again.status()).isEqualTo(200);
        assertThat(strings(again.json())).containsExactly(id);

        ObjectNode other = statement();
        other.putObject("result").put("completion", true);
        assertThat(call("PUT", "/xapi/statements?statementId=" + id).json(other).send().status()).isEqualTo(409);
        assertThat(call("POST", "/xapi/statements").json(other.put("id", id)).send().status()).isEqualTo(409);
        assertThat(getStatement(id).has("result")).as("the first statement is kept").isFalse();
    }

    @Test
    void a_batch_holding_two_statements_with_the_same_id_is_400_and_stores_none() {
        String id = UUID.randomUUID().toString();
        ArrayNode batch = JSON.createArrayNode();
        batch.add(statement());
        batch.add(statement().put("id", id));
        ObjectNode twin = statement().put("id", id);
        twin.putObject("result").put("success", true);
        batch.add(twin);
        assertThat(call("POST", "/xapi/statements").json(batch).send().status()).isEqualTo(400);
        assertThat(call("GET", "/xapi/statements?statementId=" + id).send().status()).isEqualTo(404);
        assertThat(queryIds("activity=" + enc(activity))).isEmpty();
    }

    // ---- Validation ------------------------------------------------------------------------------------

    static Stream<Arguments> invalid_statements() {
        return Stream.of(
                invalid("an actor with two identifiers", "actor", s -> ((ObjectNode) s.get("actor")).put("openid", "http://example.org/openid/x")),
                invalid("an mbox without mailto:", "actor.mbox", s -> ((ObjectNode) s.get("actor")).put("mbox", "someone@example.org")),
                invalid("a verb id that is not an IRI", "verb.id", s -> ((ObjectNode) s.get("verb")).put("id", "experienced")),
                invalid("a bad language tag in verb.display", "verb.display",
                        s -> ((ObjectNode) s.get("verb")).putObject("display").put("not a tag!", "experienced")),
                invalid("result.score.scaled 1.5", "result.score.scaled", s -> s.putObject("result").putObject("score").put("scaled", 1.5)),
                invalid("an unknown top-level property", "flavour", s -> s.put("flavour", "vanilla")),
                invalid("a timestamp that is not ISO 8601", "timestamp", s -> s.put("timestamp", "yesterday at noon")),
                invalid("a duration that is not ISO 8601", "result.duration", s -> s.putObject("result").put("duration", "ten minutes")),
                invalid("a registration that is not a UUID", "context.registration", s -> s.putObject("context").put("registration", "not-a-uuid")),
                invalid("an extensions key that is not an IRI", "result.extensions",
                        s -> s.putObject("result").putObject("extensions").put("not an iri", 1)),
                invalid("a SubStatement inside a SubStatement", "object.object", s -> {
                    ObjectNode inner = subStatement();
                    ObjectNode outer = subStatement();
                    outer.set("object", inner);
                    s.set("object", outer);
                }),
                // a SubStatement is a statement too: its verb and actor follow the same rules (xAPI-Data 2.4.4.3)
                invalid("a SubStatement whose verb id is not an IRI", "object.verb", s -> {
                    ObjectNode sub = subStatement();
                    ((ObjectNode) sub.get("verb")).put("id", "not an iri");
                    s.set("object", sub);
                }),
                invalid("a SubStatement without an actor", "object.actor", s -> {
                    ObjectNode sub = subStatement();
                    sub.remove("actor");
                    s.set("object", sub);
                }));
    }

    private static Arguments invalid(String name, String property, Consumer<ObjectNode> breaker) {
        return Arguments.of(name, property, breaker);
    }

    @ParameterizedTest(name = "{0} is 400 naming {1}")
    @MethodSource("invalid_statements")
    void an_invalid_statement_is_400_naming_the_property(String name, String property, Consumer<ObjectNode> breaker) {
        ObjectNode statement = statement();
        breaker.accept(statement);
        Res posted = call("POST", "/xapi/statements").json(statement).send();
        assertThat(posted.status()).as(name + ": " + posted.text()).isEqualTo(400);
        assertThat(posted.json().path("error").asString("")).as(name).contains(property);
        assertThat(queryIds("activity=" + enc(activity))).as(name + ": nothing stored").isEmpty();
    }

    // ---- Fetching one statement -------------------------------------------------------------------------

    @Test
    void a_statement_is_fetched_by_id_with_what_the_lrs_added() {
        String id = postOne(statement());
        Res got = call("GET", "/xapi/statements?statementId=" + id).send();
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode statement = got.json();
        assertThat(statement.path("id").asString()).isEqualTo(id);
        assertThat(statement.has("stored")).isTrue();
        assertThat(statement.has("authority")).isTrue();
        assertThat(statement.path("version").asString()).startsWith("1.0.");
        assertThat(statement.path("actor").path("mbox").asString()).isEqualTo(learner);
        assertThat(got.header("Last-Modified")).isPresent();
        assertThat(got.header("X-Experience-API-Consistent-Through")).isPresent();
    }

    @Test
    void an_unknown_statement_id_is_404() {
        assertThat(call("GET", "/xapi/statements?statementId=" + UUID.randomUUID()).send().status()).isEqualTo(404);
    }

    @Test
    void a_statement_id_combined_with_a_filter_is_400() {
        String id = postOne(statement());
        assertThat(call("GET", "/xapi/statements?statementId=" + id + "&verb=" + enc(verb)).send().status()).isEqualTo(400);
        assertThat(call("GET", "/xapi/statements?statementId=" + id + "&voidedStatementId=" + id).send().status()).isEqualTo(400);
        assertThat(call("GET", "/xapi/statements?statementId=" + id + "&format=ids&attachments=false").send().status()).isEqualTo(200);
    }

    // ---- Voiding ---------------------------------------------------------------------------------------

    @Test
    void a_voided_statement_is_only_found_by_voided_statement_id() {
        String target = postOne(statement());
        String voiding = postOne(voiding(target));
        assertThat(call("GET", "/xapi/statements?statementId=" + target).send().status()).isEqualTo(404);
        Res voided = call("GET", "/xapi/statements?voidedStatementId=" + target).send();
        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.json().path("id").asString()).isEqualTo(target);
        assertThat(queryIds("activity=" + enc(activity))).doesNotContain(target);
        assertThat(queryIds("verb=" + enc(verb))).doesNotContain(target);
        assertThat(queryIds("agent=" + enc(agent(learner)))).doesNotContain(target);
        assertThat(getStatement(voiding).path("object").path("id").asString()).isEqualTo(target);
    }

    @Test
    void a_voiding_statement_cannot_be_voided() {
        String target = postOne(statement());
        String voiding = postOne(voiding(target));
        assertThat(call("POST", "/xapi/statements").json(voiding(voiding)).send().status()).isEqualTo(400);
        assertThat(getStatement(voiding).path("id").asString()).isEqualTo(voiding);
    }

    @Test
    void a_voiding_statement_whose_object_is_not_a_statement_ref_is_400() {
        ObjectNode voiding = statement();
        ((ObjectNode) voiding.get("verb")).put("id", VOIDED);
        assertThat(call("POST", "/xapi/statements").json(voiding).send().status()).isEqualTo(400);
    }

    // ---- Query filters ---------------------------------------------------------------------------------

    @Test
    void the_agent_filter_matches_the_actor_and_an_agent_object() {
        String other = "mailto:other-" + marker + "@example.org";
        String byLearner = postOne(statement());
        ObjectNode aboutLearner = statement(other, verb, activity);
        aboutLearner.set("object", JSON.createObjectNode().put("objectType", "Agent").put("mbox", learner));
        String aboutId = postOne(aboutLearner);
        String byOther = postOne(statement(other, verb, activity));
        assertThat(queryIds("agent=" + enc(agent(learner)))).containsExactlyInAnyOrder(byLearner, aboutId);
        assertThat(queryIds("agent=" + enc(agent(other)))).containsExactlyInAnyOrder(aboutId, byOther);
    }

    @Test
    void the_verb_filter_matches_the_verb_id() {
        String mine = postOne(statement());
        String otherVerb = verb + "-other";
        String other = postOne(statement(learner, otherVerb, activity));
        assertThat(queryIds("verb=" + enc(verb))).containsExactly(mine);
        assertThat(queryIds("verb=" + enc(otherVerb))).containsExactly(other);
    }

    @Test
    void the_activity_filter_matches_the_object() {
        String first = postOne(statement());
        String otherActivity = activity + "/other";
        String second = postOne(statement(learner, verb, otherActivity));
        assertThat(queryIds("activity=" + enc(activity))).containsExactly(first);
        assertThat(queryIds("activity=" + enc(otherActivity))).containsExactly(second);
    }

    @Test
    void the_registration_filter_matches_the_context_registration() {
        String one = UUID.randomUUID().toString();
        String two = UUID.randomUUID().toString();
        ObjectNode first = statement();
        first.putObject("context").put("registration", one);
        ObjectNode second = statement();
        second.putObject("context").put("registration", two);
        String firstId = postOne(first);
        String secondId = postOne(second);
        postOne(statement());
        assertThat(queryIds("registration=" + one)).containsExactly(firstId);
        assertThat(queryIds("registration=" + two + "&activity=" + enc(activity))).containsExactly(secondId);
    }

    @Test
    void a_context_parent_activity_matches_only_with_related_activities() {
        String parent = "http://example.org/xapi-test/" + marker + "/course";
        ObjectNode statement = statement();
        statement.putObject("context").putObject("contextActivities").putArray("parent").addObject().put("id", parent);
        String id = postOne(statement);
        assertThat(queryIds("activity=" + enc(parent))).isEmpty();
        assertThat(queryIds("activity=" + enc(parent) + "&related_activities=false")).isEmpty();
        assertThat(queryIds("activity=" + enc(parent) + "&related_activities=true")).containsExactly(id);
        assertThat(queryIds("activity=" + enc(activity) + "&related_activities=true")).containsExactly(id);
    }

    @Test
    void a_context_instructor_matches_only_with_related_agents() {
        String instructor = "mailto:instructor-" + marker + "@example.org";
        ObjectNode statement = statement();
        statement.putObject("context").putObject("instructor").put("objectType", "Agent").put("mbox", instructor);
        String id = postOne(statement);
        assertThat(queryIds("agent=" + enc(agent(instructor)))).isEmpty();
        assertThat(queryIds("agent=" + enc(agent(instructor)) + "&related_agents=true")).containsExactly(id);
        assertThat(queryIds("agent=" + enc(agent(learner)))).containsExactly(id);
    }

    @Test
    void since_is_exclusive_and_until_is_inclusive_on_the_stored_timestamps() {
        List<String> ids = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = postOne(statement());
            ids.add(id);
            stored.add(getStatement(id).path("stored").asString());
            testClock.advance(Duration.ofMillis(2)); // stored times are milliseconds: keep them distinct
        }
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < ids.size(); i++) {
            String base = "activity=" + enc(activity) + "&ascending=true";
            soft.assertThat(queryIds(base + "&since=" + enc(stored.get(i))))
                    .as("since the stored timestamp %s of statement %d", stored.get(i), i)
                    .containsExactlyElementsOf(ids.subList(i + 1, ids.size()));
            soft.assertThat(queryIds(base + "&until=" + enc(stored.get(i))))
                    .as("until the stored timestamp %s of statement %d", stored.get(i), i)
                    .containsExactlyElementsOf(ids.subList(0, i + 1));
        }
        soft.assertThat(queryIds("activity=" + enc(activity) + "&ascending=true&since=" + enc(stored.get(1)) + "&until=" + enc(stored.get(3))))
                .as("since statement 1 until statement 3").containsExactlyElementsOf(ids.subList(2, 4));
        soft.assertAll();
    }

    @Test
    void statements_come_newest_first_unless_ascending() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(postOne(statement()));
        }
        assertThat(queryIds("activity=" + enc(activity) + "&ascending=true")).containsExactlyElementsOf(ids);
        assertThat(queryIds("activity=" + enc(activity) + "&ascending=false")).containsExactlyElementsOf(ids.reversed());
        assertThat(queryIds("activity=" + enc(activity))).containsExactlyElementsOf(ids.reversed());
    }

    @Test
    void a_limit_pages_the_results_with_more_until_it_is_empty() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(postOne(statement()));
        }
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Res page = call("GET", "/xapi/statements?limit=2&activity=" + enc(activity)).send();
        for (int i = 0; i < 10; i++) {
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            JsonNode result = page.json();
            sizes.add(result.path("statements").size());
            result.path("statements").forEach(s -> seen.add(s.path("id").asString()));
            String more = result.path("more").asString();
            if (more.isEmpty()) {
                break;
            }
            assertThat(more).startsWith("/xapi/statements?more=");
            page = call("GET", more).send();
        }
        assertThat(sizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactlyElementsOf(ids.reversed());
    }

    @Test
    void format_ids_keeps_only_identifiers() {
        String id = postOne(statement());
        JsonNode reduced = call("GET", "/xapi/statements?format=ids&activity=" + enc(activity)).send().json().path("statements").get(0);
        assertThat(reduced.path("id").asString()).isEqualTo(id);
        assertThat(reduced.path("actor").path("mbox").asString()).isEqualTo(learner);
        assertThat(reduced.path("actor").has("name")).isFalse();
        assertThat(propertyNames(reduced.path("verb"))).containsExactly("id");
        assertThat(reduced.path("object").path("id").asString()).isEqualTo(activity);
        assertThat(reduced.path("object").has("definition")).isFalse();

        JsonNode single = call("GET", "/xapi/statements?format=ids&statementId=" + id).send().json();
        assertThat(single.path("actor").has("name")).isFalse();
        assertThat(single.path("object").has("definition")).isFalse();
    }

    @Test
    void a_bad_query_parameter_is_400() {
        assertThat(call("GET", "/xapi/statements?colour=blue").send().status()).isEqualTo(400);
        assertThat(call("GET", "/xapi/statements?agent=" + enc("{not json")).send().status()).isEqualTo(400);
        assertThat(call("GET", "/xapi/statements?agent=" + enc("{\"mbox\":\"someone@example.org\"}")).send().status()).isEqualTo(400);
        assertThat(call("GET", "/xapi/statements?verb=not-an-iri").send().status()).isEqualTo(400);
        assertThat(call("GET", "/xapi/statements?registration=not-a-uuid").send().status()).isEqualTo(400);
        assertThat(call("GET", "/xapi/statements?since=yesterday").send().status()).isEqualTo(400);
        assertThat(call("GET", "/xapi/statements?limit=-1").send().status()).isEqualTo(400);
        assertThat(call("GET", "/xapi/statements?format=pretty").send().status()).isEqualTo(400);
        assertThat(call("GET", "/xapi/statements?ascending=maybe").send().status()).isEqualTo(400);
    }

    /** xAPI-Communication 2.1.3, "Filter Conditions for StatementRefs". */
    @Test
    void a_statement_targeting_a_matching_statement_matches_the_filter_too() {
        String target = postOne(statement());
        ObjectNode confirmation = statement("mailto:reviewer-" + marker + "@example.org", "http://example.org/xapi-test/verbs/confirmed", activity);
        confirmation.set("object", JSON.createObjectNode().put("objectType", "StatementRef").put("id", target));
        String confirming = postOne(confirmation);
        assertThat(queryIds("activity=" + enc(activity))).containsExactlyInAnyOrder(target, confirming);
        assertThat(queryIds("agent=" + enc(agent(learner)))).containsExactlyInAnyOrder(target, confirming);
        assertThat(queryIds("verb=" + enc(verb))).containsExactlyInAnyOrder(target, confirming);
    }

    /** xAPI-Communication 1.3, "Alternate Request Syntax": "The LRS MUST support the syntax above." */
    @Test
    void the_alternate_request_syntax_fetches_a_statement() {
        String id = postOne(statement());
        Res got = call("POST", "/xapi/statements?method=GET")
                .body("application/x-www-form-urlencoded", ("statementId=" + id).getBytes(UTF_8)).send();
        assertThat(got.status()).as(got.text()).isEqualTo(200);
        assertThat(got.json().path("id").asString()).isEqualTo(id);
    }

    /** Communication 2.1.3: format=canonical keeps one language per language map, the one the client prefers. */
    @Test
    void the_canonical_format_keeps_the_preferred_language_of_each_language_map() {
        ObjectNode statement = statement();
        ((ObjectNode) statement.get("verb")).putObject("display").put("en-US", "tried").put("de-DE", "versuchte").put("ru-RU", "попробовал");
        String id = postOne(statement);
        Res german = call("GET", "/xapi/statements?statementId=" + id + "&format=canonical").header("Accept-Language", "de-DE, en;q=0.5").send();
        assertThat(german.json().path("verb").path("display").propertyNames()).containsExactly("de-DE");
        Res none = call("GET", "/xapi/statements?statementId=" + id + "&format=canonical").send();
        assertThat(none.json().path("verb").path("display").size()).isEqualTo(1);
        Res exact = call("GET", "/xapi/statements?statementId=" + id + "&format=exact").send();
        assertThat(exact.json().path("verb").path("display").size()).isEqualTo(3);
    }

    /** The alternate syntax as a cross-origin browser client sends it: credentials, version and content all in the form. */
    @Test
    void the_alternate_request_syntax_carries_headers_and_content_in_the_form() {
        String id = UUID.randomUUID().toString();
        String basic = "Basic " + Base64.getEncoder().encodeToString((full.key() + ":" + full.secret()).getBytes(UTF_8));
        String form = "statementId=" + id + "&Authorization=" + enc(basic) + "&X-Experience-API-Version=1.0.3"
                + "&Content-Type=" + enc("application/json") + "&content=" + enc(statement().toString());
        Res put = call("POST", "/xapi/statements?method=PUT").anonymous().withoutVersion()
                .body("application/x-www-form-urlencoded", form.getBytes(UTF_8)).send();
        assertThat(put.status()).as(put.text()).isEqualTo(204);
        assertThat(call("GET", "/xapi/statements?statementId=" + id).send().status()).isEqualTo(200);
        Res extra = call("POST", "/xapi/statements?method=GET&statementId=" + id)
                .body("application/x-www-form-urlencoded", new byte[0]).send();
        assertThat(extra.status()).isEqualTo(400);
    }

    /** xAPI-Data 2.6: a signature is a JWS (RS256) in an attachment, and its payload must be the statement. */
    @Test
    void a_signed_statement_is_accepted_when_its_payload_is_the_statement_and_refused_otherwise() throws Exception {
        java.security.KeyPair keys = java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair();
        ObjectNode statement = statement();
        Res signed = call("POST", "/xapi/statements").multipart(withSignature(statement, jws(statement, keys)), signatureParts(statement, keys)).send();
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);

        ObjectNode other = statement();
        other.putObject("result").put("success", false);
        ObjectNode claims = statement();
        Res forged = call("POST", "/xapi/statements").multipart(withSignature(claims, jws(other, keys)), signatureParts(other, keys)).send();
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.json().path("error").asString()).contains("signed payload is not this statement");
    }

    private static String jws(JsonNode payload, java.security.KeyPair keys) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String signingInput = url.encodeToString("{\"alg\":\"RS256\"}".getBytes(UTF_8)) + "." + url.encodeToString(payload.toString().getBytes(UTF_8));
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(signingInput.getBytes(UTF_8));
        return signingInput + "." + url.encodeToString(rsa.sign());
    }

    private List<Part> signatureParts(JsonNode signedPayload, java.security.KeyPair keys) throws Exception {
        byte[] content = jws(signedPayload, keys).getBytes(UTF_8);
        return List.of(new Part(sha256(content), content));
    }

    private static ObjectNode withSignature(ObjectNode statement, String jws) {
        byte[] content = jws.getBytes(UTF_8);
        ObjectNode copy = statement.deepCopy();
        ObjectNode attachment = copy.putArray("attachments").addObject();
        attachment.put("usageType", "http://adlnet.gov/expapi/attachments/signature");
        attachment.putObject("display").put("en-US", "signature");
        attachment.put("contentType", "application/octet-stream");
        attachment.put("length", content.length);
        attachment.put("sha2", sha256(content));
        return copy;
    }

    // ---- Attachments -----------------------------------------------------------------------------------

    @Test
    void an_attachment_sent_as_multipart_is_stored_and_returned_with_attachments_true() {
        byte[] content = ("the attachment of " + marker).getBytes(UTF_8);
        String sha2 = sha256(content);
        ObjectNode statement = statement();
        statement.putArray("attachments").add(attachment(sha2, content.length));
        Res posted = call("POST", "/xapi/statements").multipart(statement, List.of(new Part(sha2, content))).send();
        assertThat(posted.status()).as(posted.text()).isEqualTo(200);
        String id = posted.json().get(0).asString();

        Res got = call("GET", "/xapi/statements?attachments=true&statementId=" + id).send();
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("multipart/mixed").contains("boundary="));
        assertThat(got.text()).contains(id).contains(new String(content, UTF_8)).contains("X-Experience-API-Hash: " + sha2);

        Res query = call("GET", "/xapi/statements?attachments=true&activity=" + enc(activity)).send();
        assertThat(query.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("multipart/mixed"));
        assertThat(query.text()).contains(new String(content, UTF_8));

        Res plain = call("GET", "/xapi/statements?statementId=" + id).send();
        assertThat(plain.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(plain.text()).doesNotContain(new String(content, UTF_8));
    }

    @Test
    void an_attachment_without_file_url_and_without_its_part_is_400() {
        byte[] content = ("missing " + marker).getBytes(UTF_8);
        ObjectNode statement = statement();
        statement.putArray("attachments").add(attachment(sha256(content), content.length));
        Res json = call("POST", "/xapi/statements").json(statement).send();
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.json().path("error").asString("")).contains("attachments[0]");
        assertThat(call("POST", "/xapi/statements").multipart(statement, List.of()).send().status()).isEqualTo(400);
        assertThat(queryIds("activity=" + enc(activity))).isEmpty();
    }

    @Test
    void an_attachment_part_whose_hash_does_not_match_is_400() {
        byte[] content = ("tampered " + marker).getBytes(UTF_8);
        String sha2 = sha256(content);
        ObjectNode statement = statement();
        statement.putArray("attachments").add(attachment(sha2, content.length));
        byte[] other = ("something else " + marker).getBytes(UTF_8);
        Res tampered = call("POST", "/xapi/statements").multipart(statement, List.of(new Part(sha2, other))).send();
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(queryIds("activity=" + enc(activity))).isEmpty();
        // the control: the same request with the right bytes is accepted, so the 400 above was for the hash
        Res intact = call("POST", "/xapi/statements").multipart(statement, List.of(new Part(sha2, content))).send();
        assertThat(intact.status()).as("the same request with the right part: %s", intact.text()).isEqualTo(200);
    }

    /** xAPI-Data 2.4.11: usageType, display, contentType, length and sha2 are required. */
    @Test
    void an_attachment_without_its_required_properties_is_400() {
        ObjectNode attachment = JSON.createObjectNode();
        attachment.put("usageType", "http://example.org/xapi-test/attachments/notes");
        attachment.put("fileUrl", "http://example.org/xapi-test/" + marker + "/notes.txt");
        attachment.put("sha2", sha256(marker.getBytes(UTF_8)));
        ObjectNode statement = statement();
        statement.putArray("attachments").add(attachment);
        Res posted = call("POST", "/xapi/statements").json(statement).send();
        assertThat(posted.status()).as(posted.text()).isEqualTo(400);
        assertThat(posted.json().path("error").asString("")).contains("attachments[0]");
    }

    // ---- State -----------------------------------------------------------------------------------------

    @Test
    void a_json_state_put_is_204_with_an_etag_and_read_back_with_its_etag_and_type() {
        Res put = call("PUT", state("progress")).json("{\"page\":3}").send();
        assertThat(put.status()).isEqualTo(204);
        assertThat(put.header("ETag")).isPresent();
        Res got = call("GET", state("progress")).send();
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.header("ETag")).isPresent();
        assertThat(got.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(got.json().path("page").asInt()).isEqualTo(3);
        // the State resource takes a PUT over an existing document without concurrency headers
        assertThat(call("PUT", state("progress")).json("{\"page\":4}").send().status()).isEqualTo(204);
        assertThat(call("GET", state("progress")).send().json().path("page").asInt()).isEqualTo(4);
        assertThat(call("GET", state("unknown")).send().status()).isEqualTo(404);
    }

    @Test
    void posting_a_json_object_merges_its_properties_into_the_stored_state() {
        assertThat(call("PUT", state("progress")).json("{\"page\":3,\"score\":10}").send().status()).isEqualTo(204);
        assertThat(call("POST", state("progress")).json("{\"page\":5,\"bookmark\":\"intro\"}").send().status()).isEqualTo(204);
        JsonNode merged = call("GET", state("progress")).send().json();
        assertThat(merged.path("page").asInt()).isEqualTo(5);
        assertThat(merged.path("score").asInt()).isEqualTo(10);
        assertThat(merged.path("bookmark").asString()).isEqualTo("intro");
    }

    @Test
    void posting_something_other_than_json_onto_a_json_state_is_400() {
        assertThat(call("PUT", state("progress")).json("{\"page\":3}").send().status()).isEqualTo(204);
        assertThat(call("POST", state("progress")).body("text/plain", "page three".getBytes(UTF_8)).send().status()).isEqualTo(400);
        assertThat(call("GET", state("progress")).send().json().path("page").asInt()).isEqualTo(3);
    }

    @Test
    void state_ids_are_listed_and_filtered_by_since() {
        assertThat(call("PUT", state("first")).json("{\"n\":1}").send().status()).isEqualTo(204);
        String between = getStatement(postOne(statement())).path("stored").asString();
        assertThat(call("PUT", state("second")).json("{\"n\":2}").send().status()).isEqualTo(204);
        Res all = call("GET", states("")).send();
        assertThat(all.status()).isEqualTo(200);
        assertThat(strings(all.json())).containsExactlyInAnyOrder("first", "second");
        assertThat(strings(call("GET", states("&since=" + enc(between))).send().json())).containsExactly("second");
    }

    @Test
    void a_state_is_deleted_alone_or_with_all_states_of_its_activity_and_agent() {
        for (String id : List.of("a", "b", "c")) {
            assertThat(call("PUT", state(id)).json("{}").send().status()).isEqualTo(204);
        }
        assertThat(call("DELETE", state("a")).send().status()).isEqualTo(204);
        assertThat(call("GET", state("a")).send().status()).isEqualTo(404);
        assertThat(strings(call("GET", states("")).send().json())).containsExactlyInAnyOrder("b", "c");
        assertThat(call("DELETE", states("")).send().status()).isEqualTo(204);
        assertThat(strings(call("GET", states("")).send().json())).isEmpty();
        assertThat(call("GET", state("b")).send().status()).isEqualTo(404);
    }

    @Test
    void the_same_state_id_under_two_registrations_is_two_documents() {
        String one = UUID.randomUUID().toString();
        String two = UUID.randomUUID().toString();
        assertThat(call("PUT", state("progress") + "&registration=" + one).json("{\"r\":1}").send().status()).isEqualTo(204);
        assertThat(call("PUT", state("progress") + "&registration=" + two).json("{\"r\":2}").send().status()).isEqualTo(204);
        assertThat(call("GET", state("progress") + "&registration=" + one).send().json().path("r").asInt()).isEqualTo(1);
        assertThat(call("GET", state("progress") + "&registration=" + two).send().json().path("r").asInt()).isEqualTo(2);
        assertThat(call("DELETE", state("progress") + "&registration=" + one).send().status()).isEqualTo(204);
        assertThat(call("GET", state("progress") + "&registration=" + one).send().status()).isEqualTo(404);
        assertThat(call("GET", state("progress") + "&registration=" + two).send().json().path("r").asInt()).isEqualTo(2);
    }

    @Test
    void a_state_request_without_activity_id_or_with_a_bad_agent_is_400() {
        String agent = enc(agent(learner));
        assertThat(call("GET", "/xapi/activities/state?agent=" + agent + "&stateId=s").send().status()).isEqualTo(400);
        assertThat(call("PUT", "/xapi/activities/state?agent=" + agent + "&stateId=s").json("{}").send().status()).isEqualTo(400);
        assertThat(call("GET", "/xapi/activities/state?activityId=" + enc(activity) + "&agent=" + enc("{not json") + "&stateId=s").send().status())
                .isEqualTo(400);
        assertThat(call("GET", "/xapi/activities/state?activityId=" + enc(activity) + "&agent=" + enc("{\"name\":\"no identifier\"}") + "&stateId=s")
                .send().status()).isEqualTo(400);
        assertThat(call("GET", "/xapi/activities/state?activityId=" + enc(activity) + "&stateId=s").send().status()).isEqualTo(400);
        assertThat(call("GET", state("s") + "&registration=not-a-uuid").send().status()).isEqualTo(400);
    }

    // ---- Activity Profile and Agent Profile ---------------------------------------------------------------

    @Test
    void an_activity_profile_put_over_an_existing_one_without_a_precondition_is_409() {
        assertThat(call("PUT", activityProfile("p")).json("{\"v\":1}").send().status()).isEqualTo(204);
        Res conflict = call("PUT", activityProfile("p")).json("{\"v\":2}").send();
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(call("GET", activityProfile("p")).send().json().path("v").asInt()).isEqualTo(1);
    }

    @Test
    void an_activity_profile_put_with_the_right_if_match_is_204_and_with_a_wrong_one_412() {
        String etag = call("PUT", activityProfile("p")).json("{\"v\":1}").send().header("ETag").orElseThrow();
        assertThat(call("GET", activityProfile("p")).send().header("ETag")).contains(etag);
        assertThat(call("PUT", activityProfile("p")).header("If-Match", "\"0000000000000000000000000000000000000000\"").json("{\"v\":2}").send().status())
                .isEqualTo(412);
        assertThat(call("GET", activityProfile("p")).send().json().path("v").asInt()).isEqualTo(1);
        assertThat(call("PUT", activityProfile("p")).header("If-Match", etag).json("{\"v\":3}").send().status()).isEqualTo(204);
        assertThat(call("GET", activityProfile("p")).send().json().path("v").asInt()).isEqualTo(3);
        assertThat(call("PUT", activityProfile("p")).header("If-Match", etag).json("{\"v\":4}").send().status())
                .as("the old ETag no longer matches").isEqualTo(412);
    }

    @Test
    void an_activity_profile_put_with_if_none_match_star_is_412_when_it_exists() {
        assertThat(call("PUT", activityProfile("p")).header("If-None-Match", "*").json("{\"v\":1}").send().status()).isEqualTo(204);
        assertThat(call("PUT", activityProfile("p")).header("If-None-Match", "*").json("{\"v\":2}").send().status()).isEqualTo(412);
        assertThat(call("GET", activityProfile("p")).send().json().path("v").asInt()).isEqualTo(1);
    }

    @Test
    void activity_profile_ids_are_listed_and_a_profile_deleted() {
        assertThat(call("PUT", activityProfile("one")).json("{}").send().status()).isEqualTo(204);
        assertThat(call("PUT", activityProfile("two")).body("text/plain", "two".getBytes(UTF_8)).send().status()).isEqualTo(204);
        Res ids = call("GET", "/xapi/activities/profile?activityId=" + enc(activity)).send();
        assertThat(ids.status()).isEqualTo(200);
        assertThat(strings(ids.json())).containsExactlyInAnyOrder("one", "two");
        Res two = call("GET", activityProfile("two")).send();
        assertThat(two.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(two.text()).isEqualTo("two");
        assertThat(call("DELETE", activityProfile("one")).send().status()).isEqualTo(204);
        assertThat(call("GET", activityProfile("one")).send().status()).isEqualTo(404);
        assertThat(strings(call("GET", "/xapi/activities/profile?activityId=" + enc(activity)).send().json())).containsExactly("two");
    }

    @Test
    void agent_profiles_follow_the_same_concurrency_rules() {
        String etag = call("PUT", agentProfile("prefs")).json("{\"theme\":\"dark\"}").send().header("ETag").orElseThrow();
        assertThat(call("PUT", agentProfile("prefs")).json("{\"theme\":\"light\"}").send().status()).isEqualTo(409);
        assertThat(call("PUT", agentProfile("prefs")).header("If-Match", "\"wrong\"").json("{\"theme\":\"light\"}").send().status()).isEqualTo(412);
        assertThat(call("PUT", agentProfile("prefs")).header("If-None-Match", "*").json("{\"theme\":\"light\"}").send().status()).isEqualTo(412);
        assertThat(call("PUT", agentProfile("prefs")).header("If-Match", etag).json("{\"theme\":\"light\"}").send().status()).isEqualTo(204);
        Res got = call("GET", agentProfile("prefs")).send();
        assertThat(got.json().path("theme").asString()).isEqualTo("light");
        assertThat(got.header("ETag")).isPresent();
        assertThat(strings(call("GET", "/xapi/agents/profile?agent=" + enc(agent(learner))).send().json())).containsExactly("prefs");
        assertThat(call("DELETE", agentProfile("prefs")).send().status()).isEqualTo(204);
        assertThat(call("GET", agentProfile("prefs")).send().status()).isEqualTo(404);
    }

    // ---- Activities and Agents ---------------------------------------------------------------------------

    @Test
    void the_activities_resource_returns_the_definition_a_stored_statement_gave() {
        ObjectNode statement = statement();
        ObjectNode definition = (ObjectNode) statement.path("object").path("definition");
        definition.putObject("description").put("en-US", "Described in " + marker);
        postOne(statement);
        Res got = call("GET", "/xapi/activities?activityId=" + enc(activity)).send();
        assertThat(got.status()).isEqualTo(200);
        JsonNode object = got.json();
        assertThat(object.path("objectType").asString()).isEqualTo("Activity");
        assertThat(object.path("id").asString()).isEqualTo(activity);
        assertThat(object.path("definition")).isEqualTo(definition);
    }

    @Test
    void the_agents_resource_returns_a_person_with_arrays() {
        String agent = "{\"objectType\":\"Agent\",\"name\":\"Ada " + marker + "\",\"mbox\":\"" + learner + "\"}";
        Res got = call("GET", "/xapi/agents?agent=" + enc(agent)).send();
        assertThat(got.status()).isEqualTo(200);
        JsonNode person = got.json();
        assertThat(person.path("objectType").asString()).isEqualTo("Person");
        assertThat(person.path("mbox").isArray()).isTrue();
        assertThat(strings(person.path("mbox"))).contains(learner);
        assertThat(person.path("name").isArray()).isTrue();
        assertThat(strings(person.path("name"))).contains("Ada " + marker);
        assertThat(call("GET", "/xapi/agents?agent=" + enc("{\"name\":\"nobody\"}")).send().status()).isEqualTo(400);
    }

    // ---- Scopes and authority ------------------------------------------------------------------------------

    @Test
    void a_read_mine_client_sees_only_the_statements_it_wrote() {
        String own = postOne(statement(), mine);
        String others = postOne(statement(), full);
        assertThat(queryIds("verb=" + enc(verb), mine)).containsExactly(own);
        assertThat(queryIds("activity=" + enc(activity), mine)).containsExactly(own);
        assertThat(queryIds("verb=" + enc(verb), full)).containsExactlyInAnyOrder(own, others);
        assertThat(call("GET", "/xapi/statements?statementId=" + others).as(mine).send().status()).isIn(403, 404);
        assertThat(call("GET", "/xapi/statements?statementId=" + own).as(mine).send().status()).isEqualTo(200);
    }

    @Test
    void a_client_without_the_state_scope_gets_403_on_the_state_resource() {
        assertThat(call("PUT", state("progress")).as(mine).json("{}").send().status()).isEqualTo(403);
        assertThat(call("GET", state("progress")).as(mine).send().status()).isEqualTo(403);
        assertThat(call("GET", states("")).as(mine).send().status()).isEqualTo(403);
        assertThat(call("DELETE", states("")).as(mine).send().status()).isEqualTo(403);
    }

    @Test
    void the_authority_is_the_client_replacing_the_one_the_sender_gave() {
        ObjectNode statement = statement();
        statement.putObject("authority").put("objectType", "Agent").put("mbox", "mailto:forged-" + marker + "@example.org");
        String id = postOne(statement);
        JsonNode authority = getStatement(id).path("authority");
        assertThat(authority.has("mbox")).isFalse();
        assertThat(authority.path("account").path("name").asString()).contains(full.key());
        assertThat(authority.path("account").path("homePage").asString()).isNotEmpty();

        JsonNode viaMine = getStatement(postOne(statement(), mine), mine).path("authority");
        assertThat(viaMine.path("account").path("name").asString()).contains(mine.key());
    }

    // ---- statements and documents --------------------------------------------------------------------------

    private ObjectNode statement() {
        return statement(learner, verb, activity);
    }

    private static ObjectNode statement(String actorMbox, String verbId, String activityId) {
        ObjectNode statement = JSON.createObjectNode();
        statement.putObject("actor").put("objectType", "Agent").put("name", "Test Learner").put("mbox", actorMbox);
        ObjectNode verb = statement.putObject("verb").put("id", verbId);
        verb.putObject("display").put("en-US", "experienced");
        ObjectNode object = statement.putObject("object").put("objectType", "Activity").put("id", activityId);
        ObjectNode definition = object.putObject("definition");
        definition.putObject("name").put("en-US", "Test activity");
        definition.put("type", "http://adlnet.gov/expapi/activities/lesson");
        return statement;
    }

    private static ObjectNode subStatement() {
        ObjectNode sub = JSON.createObjectNode().put("objectType", "SubStatement");
        sub.putObject("actor").put("objectType", "Agent").put("mbox", "mailto:sub@example.org");
        sub.putObject("verb").put("id", "http://example.org/xapi-test/verbs/planned");
        sub.putObject("object").put("objectType", "Activity").put("id", "http://example.org/xapi-test/sub-activity");
        return sub;
    }

    private ObjectNode voiding(String target) {
        ObjectNode voiding = statement();
        voiding.putObject("verb").put("id", VOIDED).putObject("display").put("en-US", "voided");
        voiding.set("object", JSON.createObjectNode().put("objectType", "StatementRef").put("id", target));
        return voiding;
    }

    private static ObjectNode attachment(String sha2, int length) {
        ObjectNode attachment = JSON.createObjectNode();
        attachment.put("usageType", "http://example.org/xapi-test/attachments/notes");
        attachment.putObject("display").put("en-US", "Notes");
        attachment.put("contentType", "text/plain");
        attachment.put("length", length);
        attachment.put("sha2", sha2);
        return attachment;
    }

    private static String agent(String mbox) {
        return JSON.createObjectNode().put("objectType", "Agent").put("mbox", mbox).toString();
    }

    private String state(String stateId) {
        return states("&stateId=" + enc(stateId));
    }

    private String states(String more) {
        return "/xapi/activities/state?activityId=" + enc(activity) + "&agent=" + enc(agent(learner)) + more;
    }

    private String activityProfile(String profileId) {
        return "/xapi/activities/profile?activityId=" + enc(activity) + "&profileId=" + enc(profileId);
    }

    private String agentProfile(String profileId) {
        return "/xapi/agents/profile?agent=" + enc(agent(learner)) + "&profileId=" + enc(profileId);
    }

    private String postOne(JsonNode statement) {
        return postOne(statement, full);
    }

    private String postOne(JsonNode statement, LrsClients.Credentials as) {
        Res posted = call("POST", "/xapi/statements").as(as).json(statement).send();
        assertThat(posted.status()).as("POST %s: %s", statement, posted.text()).isEqualTo(200);
        return posted.json().get(0).asString();
    }

    private JsonNode getStatement(String id) {
        return getStatement(id, full);
    }

    private JsonNode getStatement(String id, LrsClients.Credentials as) {
        Res got = call("GET", "/xapi/statements?statementId=" + id).as(as).send();
        assertThat(got.status()).as("GET statement %s: %s", id, got.text()).isEqualTo(200);
        return got.json();
    }

    private List<String> queryIds(String query) {
        return queryIds(query, full);
    }

    private List<String> queryIds(String query, LrsClients.Credentials as) {
        Res result = call("GET", "/xapi/statements?" + query).as(as).send();
        assertThat(result.status()).as("GET /xapi/statements?%s: %s", query, result.text()).isEqualTo(200);
        assertThat(result.json().path("more").asString("")).as("more (the test queries fit one page)").isEmpty();
        List<String> ids = new ArrayList<>();
        result.json().path("statements").forEach(s -> ids.add(s.path("id").asString()));
        return ids;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> propertyNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, UTF_8);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- a small HTTP client ------------------------------------------------------------------------------

    private record Part(String sha2, byte[] content) {
    }

    private record Res(int status, HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(text());
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private Call call(String method, String path) {
        return new Call(method, path);
    }

    private final class Call {
        private final String method;
        private final String path;
        private LrsClients.Credentials credentials = full;
        private boolean version = true;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Call as(LrsClients.Credentials who) {
            credentials = who;
            return this;
        }

        Call anonymous() {
            credentials = null;
            return this;
        }

        Call withoutVersion() {
            version = false;
            return this;
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call json(Object json) {
            return body("application/json", json.toString().getBytes(UTF_8));
        }

        Call body(String contentType, byte[] bytes) {
            headers.put("Content-Type", contentType);
            body = bytes;
            return this;
        }

        /** multipart/mixed as xAPI-Data 2.4.11 describes it: the statement first, then one part per attachment. */
        Call multipart(JsonNode statement, List<Part> parts) {
            String boundary = "xapi-test-" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + statement + "\r\n").getBytes(UTF_8));
            for (Part part : parts) {
                out.writeBytes(("--" + boundary + "\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\n"
                        + "X-Experience-API-Hash: " + part.sha2() + "\r\n\r\n").getBytes(UTF_8));
                out.writeBytes(part.content());
                out.writeBytes("\r\n".getBytes(UTF_8));
            }
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(UTF_8));
            return body("multipart/mixed; boundary=" + boundary, out.toByteArray());
        }

        Res send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (version && !headers.containsKey("X-Experience-API-Version")) {
                request.header("X-Experience-API-Version", "1.0.3");
            }
            if (credentials != null) {
                String basic = Base64.getEncoder().encodeToString((credentials.key() + ":" + credentials.secret()).getBytes(UTF_8));
                request.header("Authorization", "Basic " + basic);
            }
            headers.forEach(request::header);
            try {
                HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Res(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
