package org.collabacademy.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (nothing is downloaded), with the waits and
 * screenshots the journeys need. Screenshots go to target/journeys/ as test artifacts.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "journeys");

    private final ChromeDriver driver;
    private final RunningApp app;
    private final String name;
    private int shot;

    Browser(RunningApp app, String name) {
        this(app, name, "en");
    }

    /** A browser whose preferred language is {@code language} (its Accept-Language). */
    Browser(RunningApp app, String name, String language) {
        this.app = app;
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
        driver.get(app.url(path));
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

    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.NoSuchElementException.class).until(condition);
    }

    WebElement find(String css) {
        return until(d -> d.findElement(By.cssSelector(css)));
    }

    void click(String css) {
        WebElement element = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
        waitForVaadin();
    }

    String text(String css) {
        return find(css).getText();
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
