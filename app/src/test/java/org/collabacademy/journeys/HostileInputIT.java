package org.collabacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * Stored XSS in every kind of field a user writes, rendered in a real browser: a person's name and firm, an
 * uploaded file's name, a post, a directory profile, a page draft and a quiz question. Each payload would set
 * {@code window.__xss}; after every page that shows them it is still unset. Run alone with
 * {@code ./mvnw -pl app verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=HostileInputIT}.
 */
class HostileInputIT {

    private static final String NAME_PAYLOAD = "Eve <img src=x onerror=window.__xss=21>";
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

    @Test
    void hostile_names_file_names_posts_profiles_and_page_text_never_run_a_script() throws Exception {
        String email = "eve." + System.nanoTime() + "@example.org";
        String password = "hostile-but-long-" + System.nanoTime();
        String marker = "Hostile " + System.nanoTime();
        Path image = Files.createTempDirectory("hostile").resolve("x\"><img src=x onerror=window.__xss=22>.png");
        Files.write(image, java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        try (Browser eve = new Browser(app, "hostile-author"); Browser reader = new Browser(app, "hostile-reader")) {
            eve.open("/signup");
            eve.find("#sign-up-name input").sendKeys(NAME_PAYLOAD);
            eve.find("#sign-up-email input").sendKeys(email);
            eve.find("#sign-up-password input").sendKeys(password);
            eve.find("#sign-up-organization input").sendKeys("<svg onload=window.__xss=23></svg>", Keys.TAB);
            eve.click("#sign-up-submit");
            eve.until(d -> d.getCurrentUrl().contains("/signin"));
            eve.signIn(email, password);
            assertNoScriptRan(eve, "the user menu with the name");

            // a new member may not post links yet: the hostile name posts markup without links
            eve.open("/courses/collaborate-to-compete/examples-of-collaborations/introduction");
            eve.open("/discuss/collaborate-to-compete/examples-of-collaborations");
            eve.until(d -> d.getCurrentUrl().contains("/forum/"));
            ForumSteps.composer(eve).sendKeys(marker + " hello <svg onload=window.__xss=27></svg> <b onclick=window.__xss=28>hi</b>");
            eve.waitForVaadin();
            eve.click("#reply-composer #composer-send");
            eve.until(d -> d.findElement(By.tagName("body")).getText().contains(marker));
            assertNoScriptRan(eve, "the own post");

            // a moderator may post links: a hostile file name and the whole corpus
            try (Browser moderator = new Browser(app, "hostile-moderator")) {
                moderator.signIn("moderator@demo.collabacademy.org", "moderate-together-2026");
                moderator.open("/discuss/collaborate-to-compete/examples-of-collaborations");
                moderator.until(d -> d.getCurrentUrl().contains("/forum/"));
                ForumSteps.composer(moderator);
                moderator.find("#reply-composer #composer-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                        .sendKeys(image.toString());
                moderator.until(d -> d.findElement(By.cssSelector("#reply-composer #composer-text textarea")).getDomProperty("value")
                        .contains("/forum/attachments/"));
                moderator.find("#reply-composer #composer-text textarea").sendKeys(" Corpus " + marker + " " + Journeys.PAYLOADS);
                moderator.waitForVaadin();
                moderator.click("#reply-composer #composer-send");
                moderator.until(d -> d.findElement(By.tagName("body")).getText().contains("Corpus " + marker));
                assertNoScriptRan(moderator, "a post with a hostile file name");
            }

            eve.open("/directory/my-organization");
            eve.find("#profile-name input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "Firm <img src=x onerror=window.__xss=24> " + marker);
            eve.find("#profile-country input").sendKeys("Iceland", Keys.ENTER);
            eve.find("#profile-description textarea").sendKeys(Journeys.PAYLOADS);
            eve.find("#profile-competences input").sendKeys("<b onmouseover=window.__xss=25>welding</b>, javascript:window.__xss=26", Keys.TAB);
            chooseSector(eve);
            eve.click("#create-organization");
            eve.find("#entries");
            assertNoScriptRan(eve, "the own organization");

            reader.signIn("learner@demo.collabacademy.org", "learn-together-2026");
            reader.open("/courses/collaborate-to-compete/examples-of-collaborations/introduction");
            reader.open("/discuss/collaborate-to-compete/examples-of-collaborations");
            reader.until(d -> d.getCurrentUrl().contains("/forum/"));
            reader.until(d -> d.findElement(By.tagName("body")).getText().contains(marker));
            assertThat(reader.text("body")).contains("Eve <img");
            assertNoScriptRan(reader, "someone else's hostile post, name and file name");
            reader.open("/directory?q=" + java.net.URLEncoder.encode(marker.split(" ")[1], java.nio.charset.StandardCharsets.UTF_8));
            String link = reader.until(d -> d.findElements(By.cssSelector("[id^='org-link-']")).stream().filter(l -> l.getText().contains(marker))
                    .findFirst().orElse(null)).getAttribute("id");
            assertNoScriptRan(reader, "a hostile firm in the search results");
            reader.click("#" + link);
            reader.until(d -> d.getCurrentUrl().contains("/directory/organization/"));
            reader.waitForVaadin();
            assertNoScriptRan(reader, "a hostile firm's profile");
            reader.screenshot("hostile-profile");
        }
        try (Browser trainer = new Browser(app, "hostile-trainer")) {
            trainer.signIn("trainer@demo.collabacademy.org", "teach-together-2026");
            trainer.open("/authoring/collaborate-to-compete/edit?file=03-shared-platforms%2Fsme-2-0.md&lang=en");
            trainer.find("#editor-text textarea").sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\n" + marker + " " + Journeys.PAYLOADS + "\n");
            trainer.until(d -> d.findElement(By.cssSelector("#editor-preview")).getText().contains(marker));
            assertNoScriptRan(trainer, "a page draft's preview");
            trainer.screenshot("hostile-page-preview");

            // quiz text: the first question's text becomes hostile, then the quiz is tried out as a learner would see it
            trainer.open("/authoring/collaborate-to-compete/quiz?file=01-examples-of-collaborations%2Fquiz.yaml");
            trainer.click("#edit-question-0");
            org.openqa.selenium.WebElement source = trainer.find("#question-source textarea");
            String yaml = source.getDomProperty("value");
            String original = "According to the module, where does the main benefit of collaboration come from for most SMEs?";
            assertThat(yaml).contains(original);
            String hostile = yaml.replace(original, marker + " <img src=x onerror=window.__xss=31> <script>window.__xss=32</script> [x](javascript:window.__xss=33)");
            ((JavascriptExecutor) trainer.driver()).executeScript(
                    "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true})); arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                    source, hostile);
            trainer.waitForVaadin();
            trainer.click("#question-save");
            trainer.until(d -> d.findElement(By.cssSelector("#quiz-questions")).getText().contains(marker));
            assertNoScriptRan(trainer, "the quiz editor's question list");
            // a try-out draws 10 of the 14 questions like an attempt: try until the hostile one is drawn
            for (int tries = 0; tries < 10 && !(trainer.driver().getCurrentUrl().contains("/quizzes/try/")
                    && trainer.text("body").contains(marker + " <img")); tries++) {
                trainer.open("/authoring/collaborate-to-compete/quiz?file=01-examples-of-collaborations%2Fquiz.yaml");
                trainer.click("#try-quiz");
                trainer.until(d -> d.getCurrentUrl().contains("/quizzes/try/"));
                trainer.waitForVaadin();
            }
            assertThat(trainer.driver().getCurrentUrl()).contains("/quizzes/try/");
            assertThat(trainer.text("body")).as("the hostile question shows as text").contains(marker + " <img");
            assertNoScriptRan(trainer, "a quiz with hostile question text, tried out");
            trainer.screenshot("hostile-quiz-try-out");
        }
    }

    private static void assertNoScriptRan(Browser browser, String where) {
        browser.waitForVaadin();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss === undefined ? null : String(window.__xss);"))
                .as("no script ran in %s", where).isNull();
    }

    /** The sector combo box, chosen from its list as a user would. */
    private static void chooseSector(Browser owner) {
        owner.find("#profile-nace input").sendKeys("Repair and installation");
        owner.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.getText().contains("Repair and installation")).findFirst().orElse(null)).click();
        owner.waitForVaadin();
    }
}
