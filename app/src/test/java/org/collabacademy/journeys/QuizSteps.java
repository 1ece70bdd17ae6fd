package org.collabacademy.journeys;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** Steps in module 1's quiz that several journeys take: start or resume the attempt, answer with one click. */
final class QuizSteps {

    private static final String MODULE1_QUIZ = "/courses/collaborate-to-compete/examples-of-collaborations/quiz/check-your-understanding";

    private QuizSteps() {
    }

    /** Opens module 1's quiz, starts (or resumes) the learner's attempt and returns its path, /attempts/ and its id. */
    static String startOrResume(Browser learner) {
        learner.open(MODULE1_QUIZ);
        learner.click("#quiz-start");
        learner.until(d -> d.getCurrentUrl().contains("/attempts/"));
        learner.waitForVaadin();
        return URI.create(learner.driver().getCurrentUrl()).getPath();
    }

    /** Up to {@code limit} of the drawn questions (their card ids) that offer these choices; the pool is drawn at random. */
    static List<String> questionsWith(Browser learner, String choices, int limit) {
        return learner.driver().findElements(By.cssSelector("section.question-card")).stream()
                .filter(card -> !card.findElements(By.cssSelector(choices)).isEmpty()).map(card -> card.getAttribute("id")).limit(limit).toList();
    }

    /** Clicks the question's first choice (a radio button or a checkbox) without waiting for the server. */
    static void pickFirst(Browser learner, String card) {
        WebElement first = learner.find("#" + card + " vaadin-radio-button input, #" + card + " vaadin-checkbox input");
        ((JavascriptExecutor) learner.driver()).executeScript("arguments[0].click();", first);
    }

    /** Waits until the app says it saved the question's answer. */
    static void awaitSaved(Browser learner, String card) {
        learner.until(d -> d.findElement(By.id(card)).getAttribute("data-saved-at") != null);
    }
}
