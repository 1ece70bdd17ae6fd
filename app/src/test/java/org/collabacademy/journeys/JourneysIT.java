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
            List<String> answered = cards.stream().filter(c -> !c.findElements(By.cssSelector("vaadin-radio-button")).isEmpty())
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
                assertThat(learner.driver().findElements(By.cssSelector("#" + question + " vaadin-radio-button[checked]")))
                        .as("after the reload, %s keeps its answer", question).hasSize(1);
            }
            learner.screenshot("after-reload");
        }
    }

    private static void pick(Browser browser, String questionId) {
        WebElement first = browser.find("#" + questionId + " vaadin-radio-button input");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", first);
    }

    private static ChromiumNetworkConditions offline() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(true);
        return conditions;
    }
}
