package org.collabacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collabacademy.PostgresTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Two jars (node1, node2) on one PostgreSQL schema behind nginx with the shipped configuration: sessions stick to
 * their node, a reply posted on one node appears live on the other, and when a learner's node dies the learner signs
 * in again through the proxy on the other node and resumes the same quiz attempt with every answer. Run alone with
 * {@code ./mvnw -pl app verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TwoNodesIT}.
 */
@EnabledIfEnvironmentVariable(named = PostgresTest.URL_VARIABLE, matches = ".+")
class TwoNodesIT {

    private static final String SCHEMA = "collabacademy_two_nodes_it";

    private static final Map<String, RunningApp> nodes = new LinkedHashMap<>();
    private static NginxProxy proxy;

    @BeforeAll
    static void startTwoNodesBehindNginx() throws Exception {
        assumeTrue(NginxProxy.binary().isPresent(), "no nginx binary (NGINX, PATH, /usr/sbin): apt-get install nginx-light");
        Map<String, String> database = RunningApp.onEmptyPostgresSchema(SCHEMA);
        // started side by side; node1 imports the content and makes the demo accounts, node2 (no demo profile) uses them
        Map<String, String> node1 = new HashMap<>(database);
        node1.put("COLLABACADEMY_NODE_NAME", "node1");
        Map<String, String> node2 = new HashMap<>(database);
        node2.putAll(Map.of("COLLABACADEMY_NODE_NAME", "node2", "COLLABACADEMY_CONTENT_IMPORT_AT_START", "false",
                "SPRING_PROFILES_ACTIVE", "", "LOGGING_STRUCTURED_FORMAT_CONSOLE", ""));
        nodes.put("node1", RunningApp.startWithoutWaiting(node1));
        nodes.put("node2", RunningApp.startWithoutWaiting(node2));
        for (RunningApp node : nodes.values()) {
            node.awaitHealthy(Duration.ofSeconds(240));
        }
        proxy = NginxProxy.start(nodes.get("node1").port(), nodes.get("node2").port());
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        for (RunningApp node : nodes.values()) {
            node.close();
        }
    }

    @Test
    void a_learner_whose_node_dies_signs_in_again_on_the_other_node_and_resumes_the_same_attempt() throws Exception {
        String marker = "Reply from the other node " + System.nanoTime();
        try (Browser learner = new Browser(proxy, "two-nodes-learner"); Browser trainer = new Browser(proxy, "two-nodes-trainer")) {
            learner.signIn("learner@demo.collabacademy.org", "learn-together-2026");
            String home = route(learner);
            String other = home.equals("node1") ? "node2" : "node1";
            String attempt = QuizSteps.startOrResume(learner);
            List<String> answered = QuizSteps.questionsWith(learner, "vaadin-radio-button", 3);
            assertThat(answered).hasSize(3);
            for (String card : answered) {
                QuizSteps.pickFirst(learner, card);
                QuizSteps.awaitSaved(learner, card);
            }
            assertThat(route(learner)).as("every request of the session went to its node").isEqualTo(home);
            learner.screenshot("answered-on-" + home);

            // the trainer is sent to the other node by a session id that names it
            trainer.open("/");
            trainer.driver().manage().addCookie(new Cookie("JSESSIONID", "0." + other, "/"));
            trainer.signIn("trainer@demo.collabacademy.org", "teach-together-2026");
            assertThat(route(trainer)).isEqualTo(other);
            trainer.open("/courses/collaborate-to-compete/examples-of-collaborations/introduction");
            ForumSteps.openModuleThread(trainer);
            learner.open("/courses/collaborate-to-compete/examples-of-collaborations/introduction");
            ForumSteps.openModuleThread(learner);
            ForumSteps.reply(trainer, marker);
            learner.until(d -> d.findElement(By.tagName("body")).getText().contains(marker));
            learner.screenshot("reply-from-" + other + "-appeared-live");

            nodes.get(home).kill();
            long killed = System.nanoTime();
            learner.open(attempt);
            learner.until(d -> d.getCurrentUrl().contains("/signin"));
            long signInShown = System.nanoTime();
            assertThat(route(learner)).as("the proxy sent the learner to the live node").isEqualTo(other);
            learner.screenshot("asked-to-sign-in-on-" + other);
            System.out.printf("TwoNodesIT: %s killed; the sign-in page from %s came %d ms later%n", home, other, (signInShown - killed) / 1_000_000);

            learner.signIn("learner@demo.collabacademy.org", "learn-together-2026");
            assertThat(QuizSteps.startOrResume(learner)).as("the same attempt").isEqualTo(attempt);
            for (String card : answered) {
                assertThat(learner.driver().findElements(By.cssSelector("#" + card + " vaadin-radio-button:first-of-type[checked]")))
                        .as("%s keeps its answer on %s", card, other).hasSize(1);
            }
            learner.screenshot("resumed-on-" + other);
        }
    }

    /** The node named at the end of the browser's session id (Tomcat's jvmRoute). */
    private static String route(Browser browser) {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return session.substring(session.lastIndexOf('.') + 1);
    }
}
