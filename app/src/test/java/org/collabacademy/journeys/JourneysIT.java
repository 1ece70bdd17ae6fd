package org.collabacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * Journeys through the packaged app in a real browser (Debian's headless Chromium), each saving
 * screenshots of its key steps to target/journeys/. Run alone with
 * {@code ./mvnw -pl app verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=JourneysIT}.
 */
class JourneysIT {

    private static final String LEARNER = "learner@demo.collabacademy.org";
    private static final String LEARNER_PASSWORD = "learn-together-2026";
    private static final String TRAINER = "trainer@demo.collabacademy.org";
    private static final String TRAINER_PASSWORD = "teach-together-2026";

    private static RunningApp app;

    @BeforeAll
    static void startTheJar() throws Exception {
        app = RunningApp.start(Map.of());
    }

    @AfterAll
    static void stopTheJar() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /** Journey 5: a trainer edits a page in a draft and publishes it; the learner reads the new text. */
    @Test
    void a_trainer_publishes_an_edited_page_and_the_learner_reads_it() {
        String sentence = "Published from the browser " + System.nanoTime() + ".";
        String page = "/courses/collaborate-to-compete/shared-platforms/getting-started";
        try (Browser trainer = new Browser(app, "journey5-trainer"); Browser learner = new Browser(app, "journey5-learner")) {
            learner.signIn(LEARNER, LEARNER_PASSWORD);
            learner.open(page);
            assertThat(learner.text("#page-body")).doesNotContain(sentence);

            trainer.signIn(TRAINER, TRAINER_PASSWORD);
            trainer.open("/authoring/collaborate-to-compete/edit?file=03-shared-platforms%2Fgetting-started.md&lang=en");
            WebElement text = trainer.find("#editor-text textarea");
            text.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END));
            text.sendKeys("\n\n" + sentence + "\n");
            trainer.until(d -> d.findElement(By.cssSelector("#editor-preview")).getText().contains(sentence));
            trainer.until(d -> d.findElement(By.cssSelector("#save-state")).getText().startsWith("Saved by"));
            trainer.screenshot("draft-with-preview");

            learner.open(page);
            assertThat(learner.text("#page-body")).as("a draft is invisible to learners").doesNotContain(sentence);

            trainer.open("/authoring/collaborate-to-compete");
            trainer.click("#publish");
            trainer.find("#publish-note input").sendKeys("a sentence for the journey");
            trainer.click("#publish-confirm");
            trainer.until(d -> d.findElement(By.cssSelector("#draft-status")).getText().startsWith("Published"));
            trainer.screenshot("published");

            learner.open(page);
            assertThat(learner.text("#page-body")).contains(sentence);
            learner.screenshot("learner-reads-new-text");
        }
    }

    /** Journey 2: the connection drops in the middle of a quiz; the answer given meanwhile is saved, and a reload finds all. */
    @Test
    void a_quiz_answer_given_while_offline_is_saved_when_the_connection_returns() {
        try (Browser learner = new Browser(app, "journey2-learner")) {
            learner.signIn(LEARNER, LEARNER_PASSWORD);
            learner.open("/courses/collaborate-to-compete/examples-of-collaborations/quiz/check-your-understanding");
            learner.click("#quiz-start");
            learner.until(d -> d.getCurrentUrl().contains("/attempts/"));
            List<WebElement> cards = learner.driver().findElements(By.cssSelector("section.question-card"));
            // questions answered with one click (single, true-false, multiple); the pool is drawn at random
            List<String> answered = cards.stream().filter(c -> !c.findElements(By.cssSelector("vaadin-radio-button, vaadin-checkbox")).isEmpty())
                    .map(c -> c.getAttribute("id")).limit(2).toList();
            assertThat(answered).hasSize(2);

            pick(learner, answered.get(0));
            learner.until(d -> d.findElement(By.id(answered.get(0))).getText().contains("Saved"));
            learner.screenshot("first-answer-saved");

            learner.driver().setNetworkConditions(offline());
            pick(learner, answered.get(1));
            learner.screenshot("answered-while-offline");
            learner.driver().deleteNetworkConditions();
            learner.until(d -> d.findElement(By.id(answered.get(1))).getText().contains("Saved"));

            learner.driver().navigate().refresh();
            learner.waitForVaadin();
            for (String question : answered) {
                assertThat(learner.driver().findElements(By.cssSelector("#" + question + " vaadin-radio-button[checked], #" + question + " vaadin-checkbox[checked]")))
                        .as("after the reload, %s keeps its answer", question).hasSize(1);
            }
            learner.screenshot("after-reload");
        }
    }

    /** Script that must never run: each payload would set window.__xss (the test watches for it and for dialogs). */
    private static final String PAYLOADS = String.join(" ",
            "<script>window.__xss=1</script>", "<img src=x onerror=\"window.__xss=2\">", "[click](javascript:window.__xss=3)",
            "<svg onload=\"window.__xss=4\"></svg>", "<a href=\"data:text/html,<script>parent.__xss=5</script>\">d</a>",
            "<div style=\"background:url(javascript:window.__xss=6)\">s</div>", "<scr\u200bipt>window.__xss=7</scr\u200bipt>");

    /**
     * Journey 3: a member asks in the module's discussion, with hostile markup in the text; a learner,
     * with the thread open in a second browser, sees the question appear live (no script runs anywhere), answers
     * with a mention, and the first learner is notified.
     */
    @Test
    void a_question_appears_live_for_another_learner_whose_answer_notifies_the_asker() {
        String marker = "Question " + System.nanoTime();
        String module = "/courses/collaborate-to-compete/examples-of-collaborations/introduction";
        String discuss = "/discuss/collaborate-to-compete/examples-of-collaborations";
        try (Browser asker = new Browser(app, "journey3-asker"); Browser helper = new Browser(app, "journey3-helper")) {
            // the moderator asks: new members may not post links, and the hostile text holds some
            asker.signIn("moderator@demo.collabacademy.org", "moderate-together-2026");
            helper.signIn(LEARNER, LEARNER_PASSWORD);
            asker.open(module);
            helper.open(module);
            helper.open(discuss);
            helper.until(d -> d.getCurrentUrl().contains("/forum/"));
            watchForScript(helper);
            asker.open(discuss);
            asker.until(d -> d.getCurrentUrl().contains("/forum/"));
            watchForScript(asker);

            WebElement text = asker.find("#reply-composer #composer-text textarea");
            text.sendKeys(marker + " How do we start with a partner? " + PAYLOADS);
            asker.click("#reply-composer #composer-send");
            asker.until(d -> d.findElement(By.tagName("body")).getText().contains(marker));
            asker.screenshot("asked");

            helper.until(d -> d.findElement(By.tagName("body")).getText().contains(marker));
            helper.screenshot("question-appeared-live");
            assertNoScriptRan(asker);
            assertNoScriptRan(helper);

            String handle = (String) ((JavascriptExecutor) helper.driver()).executeScript("""
                    const post = [...document.querySelectorAll('#posts .post')].find(p => p.innerText.includes(arguments[0]));
                    return post.querySelector('.post-handle').innerText;""", marker);
            helper.waitForVaadin();
            helper.find("#reply-composer #composer-text textarea").sendKeys(handle + " start with one small shared task, then agree on the next step.");
            helper.waitForVaadin();
            helper.click("#reply-composer #composer-send");
            helper.screenshot("answered");
            helper.until(d -> d.findElement(By.tagName("body")).getText().contains("one small shared task"));

            // notices are written just after the reply commits; the bell counts them at each navigation
            asker.until(d -> {
                asker.open("/notifications");
                return d.findElements(By.cssSelector("#notification-bell")).stream().anyMatch(bell -> !bell.getText().strip().equals("0"))
                        || d.findElement(By.tagName("body")).getText().contains("one small shared task");
            });
            asker.screenshot("notified");
        }
    }

    private static void watchForScript(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "window.__xss = undefined; window.alert = window.confirm = window.prompt = () => { window.__xss = 'dialog'; };");
    }

    private static void assertNoScriptRan(Browser browser) {
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss === undefined ? null : String(window.__xss);"))
                .as("no script from a post ran").isNull();
    }

    private static void pick(Browser browser, String questionId) {
        WebElement first = browser.find("#" + questionId + " vaadin-radio-button input, #" + questionId + " vaadin-checkbox input");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", first);
    }

    private static ChromiumNetworkConditions offline() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(true);
        return conditions;
    }
}
