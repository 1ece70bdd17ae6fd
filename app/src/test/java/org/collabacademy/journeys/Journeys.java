package org.collabacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * Journeys through the packaged app in a real browser (Debian's headless Chromium), each saving
 * screenshots of its key steps to target/journeys/. The subclasses start the jar on H2 ({@link JourneysIT})
 * and on PostgreSQL ({@link JourneysOnPostgresIT}).
 */
abstract class Journeys {

    private static final String LEARNER = "learner@demo.collabacademy.org";
    private static final String LEARNER_PASSWORD = "learn-together-2026";
    private static final String TRAINER = "trainer@demo.collabacademy.org";
    private static final String TRAINER_PASSWORD = "teach-together-2026";

    /** The jar the journeys drive, started by the subclass for its database. */
    static RunningApp app;

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
            QuizSteps.startOrResume(learner);
            // questions answered with one click (single, true-false, multiple)
            List<String> answered = QuizSteps.questionsWith(learner, "vaadin-radio-button, vaadin-checkbox", 2);
            assertThat(answered).hasSize(2);

            QuizSteps.pickFirst(learner, answered.get(0));
            learner.until(d -> d.findElement(By.id(answered.get(0))).getText().contains("Saved"));
            learner.screenshot("first-answer-saved");

            learner.driver().setNetworkConditions(offline());
            QuizSteps.pickFirst(learner, answered.get(1));
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

    /**
     * Journey 1, with the keyboard only (Tab to reach, Enter, Space and arrows to act, typing to write): a visitor
     * signs up, switches to Russian, enrols in the course, reads module 1, fails the quiz once, passes it, reads the
     * rest, sees the course complete, gets the certificate and verifies its code on the public page.
     */
    @Test
    void a_visitor_signs_up_learns_in_russian_and_verifies_the_certificate_with_the_keyboard_only() throws Exception {
        String email = "olga." + System.nanoTime() + "@example.org";
        String name = "Ольга Кузнецова-Müller";
        String password = "kooperation-" + System.nanoTime();
        String code;
        try (Browser visitor = new Browser(app, "journey1-visitor")) {
            visitor.open("/");
            visitor.keyboard("#landing-sign-up", Keys.ENTER);
            visitor.until(d -> d.getCurrentUrl().endsWith("/signup"));
            visitor.waitForVaadin();
            visitor.keyboard("#sign-up-name", name);
            visitor.keyboard("#sign-up-email", email);
            visitor.keyboard("#sign-up-password", password);
            visitor.keyboard("#sign-up-organization", "Уральские станки");
            visitor.screenshot("sign-up-filled");
            visitor.press(Keys.ENTER);
            visitor.until(d -> d.getCurrentUrl().contains("/signin"));
            visitor.waitForVaadin();

            visitor.keyboard("input[name=username]", email);
            visitor.keyboard("input[name=password]", password, Keys.ENTER);
            visitor.until(d -> !d.getCurrentUrl().contains("/signin"));
            visitor.waitForVaadin();

            // the language switch: open it, go down from English past Deutsch to Русский, choose; the page reloads
            visitor.keyboard("#language-switch", Keys.ENTER);
            visitor.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER);
            visitor.until(d -> "ru".equals(((JavascriptExecutor) d).executeScript("return document.documentElement.lang;")));
            visitor.waitForVaadin();
            visitor.screenshot("russian");

            visitor.keyboard("#main-navigation vaadin-side-nav-item[path='courses']", Keys.ENTER);
            visitor.until(d -> d.getCurrentUrl().endsWith("/courses"));
            visitor.waitForVaadin();
            visitor.keyboard("a[href='courses/collaborate-to-compete'], a[href='/courses/collaborate-to-compete']", Keys.ENTER);
            visitor.until(d -> d.getCurrentUrl().endsWith("/courses/collaborate-to-compete"));
            visitor.waitForVaadin();
            assertThat(visitor.text("h1")).isEqualTo("Сотрудничать, чтобы конкурировать");
            visitor.keyboard("#course-start", Keys.ENTER);
            visitor.until(d -> d.getCurrentUrl().contains("/examples-of-collaborations/"));
            visitor.waitForVaadin();
            visitor.screenshot("module-1-first-page");
            // the contents are plain router links: the router follows them inside the page, without a reload
            ((JavascriptExecutor) visitor.driver()).executeScript("window.journeyMarker = 'same page';");
            visitor.keyboard("#page-contents li:nth-child(2) > a", Keys.ENTER);
            visitor.until(d -> d.getCurrentUrl().endsWith("/examples-of-collaborations/why-smes-collaborate"));
            visitor.waitForVaadin();
            assertThat(((JavascriptExecutor) visitor.driver()).executeScript("return window.journeyMarker;")).isEqualTo("same page");
            assertThat(visitor.find("#page-contents li.current > a").getAttribute("aria-current")).isEqualTo("page");
            readOnUntilTheLastPageOf(visitor, "examples-of-collaborations");

            visitor.keyboard("#quiz-link-examples-of-collaborations-check-your-understanding", Keys.ENTER);
            visitor.until(d -> d.getCurrentUrl().contains("/quiz/"));
            visitor.waitForVaadin();
            // the first attempt: submitted at once, nothing answered, so it fails
            visitor.keyboard("#quiz-start", Keys.ENTER);
            visitor.until(d -> d.getCurrentUrl().contains("/attempts/"));
            visitor.waitForVaadin();
            submitByKeyboard(visitor);
            visitor.screenshot("failed");
            assertThat(visitor.find("#review-score").getAttribute("class")).contains("quiz-not-passed");

            visitor.keyboard("#review-back", Keys.ENTER);
            visitor.until(d -> d.getCurrentUrl().contains("/quiz/"));
            visitor.waitForVaadin();
            visitor.keyboard("#quiz-start", Keys.ENTER);
            visitor.until(d -> d.getCurrentUrl().contains("/attempts/"));
            visitor.waitForVaadin();
            answerWellByKeyboard(visitor);
            visitor.screenshot("answered");
            submitByKeyboard(visitor);
            visitor.screenshot("passed");
            WebElement score = visitor.find("#review-score");
            assertThat(score.getAttribute("class")).as(score.getDomProperty("textContent")).contains("quiz-passed");

            // the rest of the course: "continue" opens the first unread page
            visitor.open("/courses/collaborate-to-compete");
            visitor.keyboard("#course-start", Keys.ENTER);
            visitor.until(d -> !d.getCurrentUrl().endsWith("/courses/collaborate-to-compete"));
            visitor.waitForVaadin();
            visitor.screenshot("continued-at-" + visitor.driver().getCurrentUrl().replaceAll(".*/courses/collaborate-to-compete/", "").replace('/', '-'));
            readOnUntilTheLastPageOf(visitor, "shared-platforms");

            visitor.keyboard("#main-navigation vaadin-side-nav-item[path='my-learning']", Keys.ENTER);
            visitor.until(d -> d.getCurrentUrl().endsWith("/my-learning"));
            visitor.waitForVaadin();
            assertThat(visitor.text("#my-course-collaborate-to-compete")).contains("100");
            visitor.screenshot("progress-complete");
            visitor.keyboard("#certificate-link-collaborate-to-compete", Keys.ENTER);
            visitor.until(d -> d.getCurrentUrl().endsWith("/certificates"));
            visitor.waitForVaadin();
            WebElement certificate = visitor.find("[id^='certificate-']:not(#certificates-none)");
            assertThat(certificate.getText()).contains("Сотрудничать, чтобы конкурировать");
            code = certificate.getAttribute("id").substring("certificate-".length());
            visitor.screenshot("certificate");
            String download = visitor.find("#download-" + code).getAttribute("href");
            assertThat(visitor.fetch(download)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

            // the user menu, drawn by the browser: the initial in its circle and the name; signing out by keyboard
            String root = "#user-menu vaadin-menu-bar-button.user-menu-root";
            assertThat(visitor.text(root)).isEqualTo(name);
            assertThat(((JavascriptExecutor) visitor.driver()).executeScript(
                    "return getComputedStyle(document.querySelector(arguments[0]).shadowRoot.querySelector('[part~=label]'), '::before').content",
                    root)).isEqualTo("\"О\"");
            visitor.keyboard(root, Keys.ENTER);
            visitor.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("vaadin-menu-bar-item")).isEmpty());
            visitor.screenshot("user-menu-open");
            visitor.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER);
            visitor.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#shell-sign-in")).isEmpty());
        }
        try (Browser anyone = new Browser(app, "journey1-verifier", "ru")) {
            anyone.open("/verify");
            anyone.keyboard("#verify-code", code, Keys.ENTER);
            anyone.until(d -> d.getCurrentUrl().endsWith("/verify/" + code));
            anyone.waitForVaadin();
            assertThat(anyone.find("#verify-status").getAttribute("class")).contains("verify-valid");
            assertThat(anyone.text("#verify-result")).contains(name).contains("Сотрудничать, чтобы конкурировать");
            anyone.screenshot("verified");
        }
    }

    /**
     * Journey 4: two firms join the directory, one offering what the other seeks; the seeker finds the offer among
     * its suggestions and sends an expression of interest; contacts stay hidden until the other side accepts.
     */
    @Test
    void a_learner_finds_a_suggested_partner_whose_contacts_appear_only_after_it_accepts() {
        String offerer = "moderator@demo.collabacademy.org";
        try (Browser seeker = new Browser(app, "journey4-seeker"); Browser partner = new Browser(app, "journey4-partner")) {
            partner.signIn(offerer, "moderate-together-2026");
            createFirm(partner, "Hekla Geothermal Services", Keys.ARROW_UP,
                    "We train apprentices in geothermal turbine maintenance, on site in our workshop.");
            partner.screenshot("offer-published");

            seeker.signIn(LEARNER, LEARNER_PASSWORD);
            createFirm(seeker, "Reykjavik Heat Pumps", null, "We look for a partner to train our apprentices in geothermal turbine maintenance.");
            seeker.screenshot("profile-created");

            seeker.open("/directory/suggestions");
            WebElement suggested = seeker.driver().findElements(By.cssSelector(".suggestions-page [id^='org-link-']")).stream()
                    .filter(link -> link.getText().equals("Hekla Geothermal Services")).findFirst()
                    .orElseThrow(() -> new AssertionError("the offering firm is not among the suggestions"));
            seeker.screenshot("suggested");
            seeker.click("#" + suggested.getAttribute("id"));
            seeker.until(d -> d.getCurrentUrl().contains("/directory/organization/"));
            seeker.waitForVaadin();
            assertThat(seeker.text("#org-contact")).as("contacts before any acceptance").doesNotContain(offerer);
            seeker.click("[id^='interest-']");
            seeker.find("#interest-message textarea").sendKeys("Could your trainers come to us twice a month?", Keys.TAB);
            seeker.click("#interest-send");
            seeker.open("/directory/interests");
            assertThat(seeker.text("#interests-sent")).contains("Hekla Geothermal Services");
            assertThat(seeker.driver().findElements(By.cssSelector("[id^='interest-contact-']"))).as("no contact while pending").isEmpty();
            seeker.screenshot("interest-sent");

            partner.open("/directory/interests");
            assertThat(partner.text("#interests-received")).contains("twice a month");
            assertThat(partner.driver().findElements(By.cssSelector("[id^='interest-contact-']"))).as("no contact while pending").isEmpty();
            partner.click("#interests-received [id^='accept-']");
            partner.until(d -> !d.findElements(By.cssSelector("[id^='interest-contact-']")).isEmpty());
            assertThat(partner.text("[id^='interest-contact-']")).contains(LEARNER);
            partner.screenshot("accepted");

            seeker.open("/directory/interests");
            assertThat(seeker.text("[id^='interest-contact-']")).contains(offerer);
            seeker.screenshot("contacts-appear");
        }
    }

    /** Creates the signed-in person's firm in Iceland with one entry (an offer when {@code kindKey} moves the kind up from "seek"). */
    private static void createFirm(Browser owner, String name, Keys kindKey, String entry) {
        owner.open("/directory/my-organization");
        WebElement field = owner.find("#profile-name input");
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), name);
        owner.find("#profile-country input").sendKeys("Iceland", Keys.ENTER);
        owner.find("#profile-region input").sendKeys("Capital Region");
        WebElement sector = owner.find("#profile-nace input");
        sector.sendKeys("Repair and installation");
        WebElement repair = owner.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.getText().contains("Repair and installation")).findFirst().orElse(null));
        repair.click();
        owner.waitForVaadin();
        owner.click("#create-organization");
        owner.screenshot("firm-created");
        assertThat(owner.driver().findElements(By.cssSelector("[invalid]")).stream()
                .map(f -> f.getAttribute("id") + ": " + f.getDomProperty("errorMessage")).toList()).as("refused fields").isEmpty();
        owner.find("#entries");
        if (kindKey != null) {
            owner.keyboard("#entry-kind", Keys.ENTER);
            owner.press(kindKey, Keys.ENTER);
        }
        owner.find("#entry-text textarea").sendKeys(entry, Keys.TAB);
        owner.click("#add-entry");
        owner.until(d -> d.findElement(By.cssSelector("#entries")).getText().contains(entry));
    }

    /** Follows "next" with the keyboard until the last page of the module is open. */
    private static void readOnUntilTheLastPageOf(Browser learner, String module) {
        for (int page = 0; page < 40; page++) {
            List<WebElement> next = learner.driver().findElements(By.cssSelector("#pager-next"));
            if (learner.driver().getCurrentUrl().contains("/" + module + "/")
                    && (next.isEmpty() || !next.getFirst().getAttribute("href").contains("/" + module + "/"))) {
                return;
            }
            String before = learner.driver().getCurrentUrl();
            learner.keyboard("#pager-next", Keys.ENTER);
            learner.until(d -> !d.getCurrentUrl().equals(before));
            learner.waitForVaadin();
        }
        throw new AssertionError("no last page of " + module + " within 40 pages");
    }

    /** Submits the open attempt: Tab to "submit", Enter, and Enter on the dialog's confirm button. */
    private static void submitByKeyboard(Browser learner) {
        learner.keyboard("#attempt-submit", Keys.ENTER);
        learner.keyboard("[slot='confirm-button']", Keys.ENTER);
        learner.until(d -> d.getCurrentUrl().endsWith("/review"));
        learner.waitForVaadin();
    }

    /**
     * Answers, with the keyboard, every drawn question of a one-click or one-word type as the answer key says
     * (at least 8 of the 10 drawn, enough for the pass mark of 70 %); matching and ordering stay open.
     */
    private static void answerWellByKeyboard(Browser learner) {
        QuizKey key = QuizKey.of(java.nio.file.Path.of("../course-content/collaborate-to-compete/01-examples-of-collaborations/quiz.yaml"), "ru");
        List<String> cards = learner.driver().findElements(By.cssSelector("section.question-card")).stream().map(c -> c.getAttribute("id")).toList();
        int answered = 0;
        for (String card : cards) {
            String question = card.substring("question-".length());
            QuizKey.Right right = key.right(question).orElse(null);
            if (right == null) {
                continue;
            }
            String input = "#answer-" + question;
            switch (right.type()) {
                case "single" -> chooseRadio(learner, input, labels(learner, input + " vaadin-radio-button").indexOf(right.choices().getFirst()));
                case "true-false" -> chooseRadio(learner, input, right.truth() ? 0 : 1);
                case "multiple" -> {
                    List<String> labels = labels(learner, input + " vaadin-checkbox");
                    for (int i = 0; i < labels.size(); i++) {
                        if (right.choices().contains(labels.get(i))) {
                            learner.keyboard(input + " vaadin-checkbox:nth-of-type(" + (i + 1) + ")", Keys.SPACE);
                        }
                    }
                }
                default -> learner.keyboard(input, right.shortAnswer(), Keys.TAB);
            }
            learner.until(d -> d.findElement(By.id(card)).getAttribute("data-saved-at") != null);
            answered++;
        }
        assertThat(answered).as("one-click and one-word questions drawn").isGreaterThanOrEqualTo(8);
    }

    private static List<String> labels(Browser learner, String css) {
        return learner.driver().findElements(By.cssSelector(css)).stream().map(e -> e.getText().strip()).toList();
    }

    /** Tabs into a radio group, then moves with the arrow keys to the option at {@code index} and checks it. */
    private static void chooseRadio(Browser learner, String group, int index) {
        assertThat(index).as("the right choice is shown in %s", group).isNotNegative();
        learner.tabTo(group);
        learner.press(Keys.SPACE);
        for (int i = 0; i < index; i++) {
            learner.press(Keys.ARROW_DOWN);
        }
        List<WebElement> radios = learner.driver().findElements(By.cssSelector(group + " vaadin-radio-button"));
        assertThat(radios.get(index).getAttribute("checked")).as("option %s of %s is checked", index, group).isNotNull();
    }

    /** Script that must never run: each payload would set window.__xss (the test watches for it and for dialogs). */
    static final String PAYLOADS = String.join(" ",
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

            // an unsent reply survives a reload: the composer opens again with the draft the browser kept
            ForumSteps.composer(asker).sendKeys(marker + " How do we start with a partner? " + PAYLOADS);
            asker.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                    "return Object.keys(localStorage).filter(k => k.startsWith('collabacademy-draft-thread-')).map(k => localStorage.getItem(k)).join()"))
                    .contains(marker));
            asker.driver().navigate().refresh();
            asker.until(d -> d.findElement(By.cssSelector("#reply-composer #composer-text textarea")).getDomProperty("value").contains(marker));
            asker.waitForVaadin();
            asker.click("#reply-composer #composer-send");
            asker.until(d -> d.findElement(By.tagName("body")).getText().contains(marker));
            asker.screenshot("asked");

            helper.until(d -> d.findElement(By.tagName("body")).getText().contains(marker));
            helper.screenshot("question-appeared-live");
            assertNoScriptRan(asker);
            assertNoScriptRan(helper);

            // a post's buttons are HTML inside the post (see PostCard): a real click reaches the thread's one listener
            String like = (String) ((JavascriptExecutor) helper.driver()).executeScript("""
                    const post = [...document.querySelectorAll('#posts .post')].find(p => p.innerText.includes(arguments[0]));
                    return post.querySelector('[data-action="react-like"]').id;""", marker);
            helper.click("#" + like);
            helper.until(d -> "true".equals(d.findElement(By.id(like)).getDomAttribute("aria-pressed"))
                    && d.findElement(By.id(like)).getText().strip().equals("1"));

            String handle = (String) ((JavascriptExecutor) helper.driver()).executeScript("""
                    const post = [...document.querySelectorAll('#posts .post')].find(p => p.innerText.includes(arguments[0]));
                    return post.querySelector('.post-handle').innerText;""", marker);
            helper.waitForVaadin();
            ForumSteps.composer(helper).sendKeys(handle + " start with one small shared task, then agree on the next step.");
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

    private static ChromiumNetworkConditions offline() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(true);
        return conditions;
    }
}
