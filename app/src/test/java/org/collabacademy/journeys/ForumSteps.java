package org.collabacademy.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Steps in module 1's discussion that several journeys take. */
final class ForumSteps {

    private ForumSteps() {
    }

    /** Opens module 1's discussion thread (the member must be enrolled: a module page opened before). */
    static void openModuleThread(Browser member) {
        member.open("/discuss/collaborate-to-compete/examples-of-collaborations");
        member.until(d -> d.getCurrentUrl().contains("/forum/"));
        member.waitForVaadin();
    }

    /** Opens the open thread's composer ("reply"), unless it is open already, and returns its text area. */
    static WebElement composer(Browser member) {
        if (member.driver().findElements(By.id("reply-composer")).isEmpty()) {
            member.click("#reply-open");
        }
        return member.find("#reply-composer #composer-text textarea");
    }

    /** Replies in the open thread and waits until the reply shows. */
    static void reply(Browser member, String text) {
        composer(member).sendKeys(text);
        member.waitForVaadin();
        member.click("#reply-composer #composer-send");
        member.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }
}
