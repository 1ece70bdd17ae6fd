package org.collabacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * axe-core on the main views of the packaged app, at desktop and phone width, in English and Russian:
 * no serious or critical violation. Run alone with
 * {@code ./mvnw -pl app verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AccessibilityIT}.
 */
class AccessibilityIT {

    private static final Map<String, String[]> ACCOUNTS = Map.of(
            "visitor", new String[0],
            "learner", new String[] {"learner@demo.collabacademy.org", "learn-together-2026"},
            "admin", new String[] {"admin@demo.collabacademy.org", "keep-it-running-2026"});

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

    @ParameterizedTest(name = "{0} as {1} in {2}")
    @CsvSource({
            "/, visitor, en", "/, visitor, ru", "/no-such-page, visitor, en", "/no-such-page, visitor, ru",
            "/courses, visitor, en", "/courses, visitor, ru",
            "/courses/collaborate-to-compete, visitor, en",
            "/signup, visitor, ru",
            "/courses/collaborate-to-compete/examples-of-collaborations/five-sme-types, learner, en",
            "/courses/collaborate-to-compete/examples-of-collaborations/quiz/check-your-understanding, learner, en",
            "/my-learning, learner, en",
            "/forum, learner, en",
            "/directory, learner, en",
            "/directory/my-organization, learner, en",
            "/admin/users, admin, en",
            "/admin/organizations, admin, en",
            "/authoring, admin, en",
            "/courses/collaborate-to-compete, visitor, ru",
            "/courses/collaborate-to-compete/examples-of-collaborations/five-sme-types, learner, ru",
            "/courses/collaborate-to-compete/examples-of-collaborations/quiz/check-your-understanding, learner, ru",
            "/my-learning, learner, ru",
            "/forum, learner, ru",
            "/directory, learner, ru",
            "/directory/my-organization, learner, ru",
            "/admin/users, admin, ru",
            "/admin/organizations, admin, ru",
            "/authoring, admin, ru"})
    void main_views_have_no_serious_or_critical_violations(String path, String who, String language) {
        List<String> found = new ArrayList<>();
        for (int width : new int[] {1280, 390}) {
            try (Browser browser = new Browser(app, "a11y", language)) {
                String[] account = ACCOUNTS.get(who);
                if (account.length > 0) {
                    browser.signIn(account[0], account[1]);
                }
                browser.width(width);
                browser.open(path);
                Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                if (((Number) overflow).intValue() > 1) {
                    found.add(width + "px: the page is " + overflow + " px wider than the window (sideways scrolling)");
                }
                Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser.driver());
                for (Rule rule : results.getViolations()) {
                    if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                        found.add(width + "px " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
                    }
                }
            }
        }
        assertThat(found).as("axe-core on %s (%s, %s)", path, who, language).isEmpty();
    }

    /** On a phone the navigation sits behind the drawer toggle; printed, a page is only its text. */
    @org.junit.jupiter.api.Test
    void a_phone_reaches_the_menu_through_the_drawer_and_a_printed_page_drops_navigation() {
        try (Browser browser = new Browser(app, "layout")) {
            browser.signIn("learner@demo.collabacademy.org", "learn-together-2026");
            browser.width(390);
            browser.open("/courses/collaborate-to-compete/examples-of-collaborations/five-sme-types");
            org.openqa.selenium.WebElement toggle = browser.find("vaadin-drawer-toggle");
            assertThat(toggle.isDisplayed()).as("the drawer toggle shows on a phone").isTrue();
            browser.click("vaadin-drawer-toggle");
            browser.until(d -> d.findElement(org.openqa.selenium.By.cssSelector("#main-navigation")).isDisplayed());
            browser.screenshot("phone-menu-open");

            browser.width(1280);
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            String hidden = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                    return ['.reader-side', '.pager'].filter(css => { const e = document.querySelector(css);
                        return e && getComputedStyle(e).display !== 'none'; }).join(',');""");
            assertThat(hidden).as("shown in print").isEmpty();
            assertThat(browser.text("#page-body")).isNotBlank();
        }
    }
}
