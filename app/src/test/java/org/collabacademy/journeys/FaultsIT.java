package org.collabacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app killed with SIGKILL (no shutdown, nothing flushed) in the middle of what learners do, then started again
 * on the same H2 data folder: nothing is half-written and nothing that was confirmed is lost. Run alone with
 * {@code ./mvnw -pl app verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FaultsIT}.
 */
class FaultsIT {

    private static final String LEARNER = "learner@demo.collabacademy.org";
    private static final String PASSWORD = "learn-together-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RunningApp app;
    private static HttpServer lrs;
    /** Statement ids the stub LRS received; while {@code slow}, it holds each request longer than the app waits. */
    private static final Set<String> received = ConcurrentHashMap.newKeySet();
    private static volatile boolean slow;
    /** A copy of the shipped course content that the import test changes. */
    private static java.nio.file.Path content;

    @BeforeAll
    static void startTheJarWithAnExternalLrs() throws Exception {
        lrs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        lrs.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        lrs.createContext("/xapi/statements", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (slow) {
                try {
                    Thread.sleep(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(503, -1);
            } else {
                JsonNode statements = JSON.readTree(new String(body, StandardCharsets.UTF_8));
                (statements.isArray() ? statements.values() : List.of(statements)).forEach(s -> received.add(s.path("id").asString()));
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        lrs.start();
        content = java.nio.file.Files.createTempDirectory("collabacademy-faults-content");
        org.springframework.util.FileSystemUtils.copyRecursively(java.nio.file.Path.of("../course-content"), content);
        app = RunningApp.start(Map.of("COLLABACADEMY_CONTENT_DIR", content.toString(), "COLLABACADEMY_XAPI_ENDPOINTS_0_NAME", "stub", "COLLABACADEMY_XAPI_ENDPOINTS_0_URL",
                "http://127.0.0.1:" + lrs.getAddress().getPort() + "/xapi/", "COLLABACADEMY_XAPI_DELIVERY_POLL_MILLIS", "500",
                "COLLABACADEMY_XAPI_DELIVERY_READ_TIMEOUT", "3s", "COLLABACADEMY_XAPI_DELIVERY_FIRST_RETRY", "1s"));
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (app != null) {
            app.close();
        }
        if (lrs != null) {
            lrs.stop(0);
        }
        if (content != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(content);
        }
    }

    @Test
    void killed_while_a_quiz_is_submitted_the_attempt_is_either_graded_with_its_records_or_still_open_with_every_answer() throws Exception {
        try (Browser learner = new Browser(app, "faults-quiz")) {
            learner.signIn(LEARNER, PASSWORD);
            QuizSteps.startOrResume(learner);
            for (String card : QuizSteps.questionsWith(learner, "vaadin-radio-button", 3)) {
                QuizSteps.pickFirst(learner, card);
                QuizSteps.awaitSaved(learner, card);
            }
            learner.click("#attempt-submit");
            // confirm and pull the plug at once, while the submission is on its way
            ((JavascriptExecutor) learner.driver()).executeScript("document.querySelector(\"[slot='confirm-button']\").click();");
            Thread.sleep(150);
            app.kill();
        }
        app = app.restart();
        JsonNode data = myData("faults-quiz-after");
        JsonNode attempts = data.path("quizzes").path("attempts");
        assertThat(attempts.size()).isEqualTo(1);
        JsonNode attempt = attempts.get(0);
        long answers = data.path("quizzes").path("answers").size();
        List<String> verbs = data.path("learning records").path("statements").valueStream().map(s -> s.path("verb").asString()).toList();
        if (attempt.path("status").asString().equals("OPEN")) {
            assertThat(answers).as("the open attempt keeps every saved answer").isGreaterThanOrEqualTo(3);
            assertThat(verbs).noneMatch(v -> v.endsWith("/passed") || v.endsWith("/failed"));
        } else {
            assertThat(attempt.path("status").asString()).isEqualTo("SUBMITTED");
            assertThat(attempt.path("score").isNumber()).as("a submitted attempt is graded").isTrue();
            assertThat(verbs).as("graded and recorded in one transaction").anyMatch(v -> v.endsWith("/passed") || v.endsWith("/failed"));
        }
    }

    @Test
    void killed_right_after_a_post_appeared_the_post_is_there_after_the_restart() throws Exception {
        String text = "Kept through a power cut " + System.nanoTime();
        try (Browser learner = new Browser(app, "faults-post")) {
            learner.signIn(LEARNER, PASSWORD);
            ForumSteps.openModuleThread(learner);
            ForumSteps.reply(learner, text);
            app.kill();
        }
        app = app.restart();
        JsonNode posts = myData("faults-post-after").path("forum").path("posts");
        assertThat(posts.valueStream().map(p -> p.path("markdown").asString())).contains(text);
    }

    @Test
    void killed_while_statements_are_forwarded_every_statement_reaches_the_lrs_after_the_restart() throws Exception {
        slow = true;
        try (Browser learner = new Browser(app, "faults-lrs")) {
            learner.signIn(LEARNER, PASSWORD);
            learner.open("/courses/collaborate-to-compete/communities-of-practice/what-is-a-community-of-practice");
            learner.open("/courses/collaborate-to-compete/communities-of-practice/the-rusmeco-story");
        }
        Thread.sleep(2_000);
        app.kill();
        slow = false;
        app = app.restart();
        List<String> stored = myData("faults-lrs-after").path("learning records").path("statements").valueStream()
                .map(s -> s.path("id").asString()).toList();
        assertThat(stored).isNotEmpty();
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (!received.containsAll(stored) && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        assertThat(received).as("every stored statement was forwarded after the restart").containsAll(stored);
    }

    @Test
    void killed_while_it_imports_changed_content_at_start_the_next_start_imports_it_whole() throws Exception {
        String sentence = "A sentence added while the app was down " + System.nanoTime() + ".";
        java.nio.file.Path page = content.resolve("collaborate-to-compete/03-shared-platforms/getting-started.md");
        java.nio.file.Files.writeString(page, "\n\n" + sentence + "\n", java.nio.file.StandardOpenOption.APPEND);
        app.kill();
        RunningApp starting = app.restartWithoutWaiting();
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (!starting.log().contains("Importing course content") && Instant.now().isBefore(until)) {
            Thread.sleep(20);
        }
        assertThat(starting.log()).contains("Importing course content");
        Thread.sleep(200);
        starting.kill();
        assertThat(starting.log()).as("killed before the import finished").doesNotContain("Imported course content");

        app = starting.restart();
        try (Browser learner = new Browser(app, "faults-import")) {
            learner.signIn(LEARNER, PASSWORD);
            learner.open("/courses/collaborate-to-compete");
            assertThat(learner.driver().findElements(By.cssSelector("#module-list > li"))).hasSize(3);
            learner.open("/courses/collaborate-to-compete/shared-platforms/getting-started");
            assertThat(learner.text("#page-body")).contains(sentence);
        }
    }

    private static JsonNode myData(String browserName) throws Exception {
        try (Browser again = new Browser(app, browserName)) {
            again.signIn(LEARNER, PASSWORD);
            return JSON.readTree(new String(again.fetch("/account/my-data.json"), StandardCharsets.UTF_8));
        }
    }
}
