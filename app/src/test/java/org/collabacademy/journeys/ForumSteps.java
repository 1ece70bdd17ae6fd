package org.collabacademy.journeys;

import org.openqa.selenium.By;

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

    /** Replies in the open thread and waits until the reply shows. */
    static void reply(Browser member, String text) {
        member.find("#reply-composer #composer-text textarea").sendKeys(text);
        member.waitForVaadin();
        member.click("#reply-composer #composer-send");
        member.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }
}
