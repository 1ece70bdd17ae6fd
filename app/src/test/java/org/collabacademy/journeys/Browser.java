package org.collabacademy.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (nothing is downloaded), with the waits and
 * screenshots the journeys need. Screenshots go to target/journeys/ as test artifacts.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "journeys");

    private final ChromeDriver driver;
    private final Site site;
    private final String name;
    private int shot;

    Browser(Site site, String name) {
        this(site, name, "en");
    }

    /** A browser whose preferred language is {@code language} (its Accept-Language). */
    Browser(Site site, String name, String language) {
        this.site = site;
        this.name = name;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(site.url(path));
        waitForVaadin();
    }

    void signIn(String email, String password) {
        open("/signin");
        until(d -> d.findElement(By.cssSelector("input[name=username]"))).sendKeys(email);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password + "\n");
        until(d -> !d.getCurrentUrl().contains("/signin"));
        waitForVaadin();
    }

    /** Waits until Vaadin has no request in flight and the page is idle. */
    void waitForVaadin() {
        until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                if (document.readyState !== 'complete') return false;
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients) return true;
                return Object.values(clients).every(c => !c.isActive || !c.isActive());"""));
    }

    /** Waits up to 30 s for the condition; when it never holds, the screenshot of the moment shows why. */
    <T> T until(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.NoSuchElementException.class).until(condition);
        } catch (org.openqa.selenium.TimeoutException timedOut) {
            screenshot("timed-out");
            throw timedOut;
        }
    }

    WebElement find(String css) {
        return until(d -> d.findElement(By.cssSelector(css)));
    }

    void click(String css) {
        WebElement element = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
        waitForVaadin();
    }

    /**
     * Presses Tab, as a keyboard user does, until the focus is inside the element, and returns it. Fails when
     * 300 presses do not reach it: then the element cannot be used without a mouse.
     */
    WebElement tabTo(String css) {
        WebElement target = find(css);
        for (int presses = 0; presses < 300; presses++) {
            if (hasFocus(target)) {
                return target;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError(css + " cannot be reached with the Tab key");
    }

    /** Tabs to the element and presses the keys there, then waits for the server's answer. */
    void keyboard(String css, CharSequence... keys) {
        tabTo(css);
        press(keys);
    }

    /** Presses keys where the focus is, then waits for the server's answer. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        waitForVaadin();
    }

    /** Whether the focus is in the element, following focus through shadow roots. */
    boolean hasFocus(WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const target = arguments[0];
                for (let active = document.activeElement; active; active = active.shadowRoot && active.shadowRoot.activeElement) {
                    if (active === target || target.contains(active)) return true;
                }
                return false;""", element);
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Downloads an address with this browser's session cookies, as a click on a download link would. */
    byte[] fetch(String address) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.URI uri = java.net.URI.create(driver.getCurrentUrl()).resolve(address);
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(uri).header("Cookie", cookies).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError(uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    void width(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, 900));
    }

    /** Saves a screenshot named after the journey and its step. */
    void screenshot(String step) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", name, ++shot, step)), driver.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
