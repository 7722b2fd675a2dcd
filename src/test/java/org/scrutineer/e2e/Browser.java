package org.scrutineer.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium, as a person's browser, for the journeys people click through. */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    public static Browser open(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
        } catch (TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw e;
        }
    }

    /** Saves what the browser shows, and the page's HTML, under {@code target/screenshots/}. */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the browser's clock to another zone, as a laptop left on another country's time. */
    public void inTimeZone(String zoneId) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", zoneId));
    }

    /** Signs in on the staff sign-in page as {@code user}, with the demo password. */
    public void signIn(String user) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        click(driver.findElement(By.cssSelector("button[type=submit].govuk-button")));
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Replaces what the field {@code id} holds with {@code text}. */
    public void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Scrolls an element to the middle of the window, as a person would, and clicks it. */
    public void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /**
     * Clicks the first element found by {@code locator} once it can take the click: as a person
     * waits for a spinner or a re-drawn form to settle before clicking.
     */
    public void clickWhenReady(By locator) {
        waitFor(d -> {
            try {
                WebElement element = d.findElement(locator);
                click(element);
                return true;
            } catch (NoSuchElementException | ElementClickInterceptedException | StaleElementReferenceException notYet) {
                return null;
            }
        });
    }

    /** WCAG 2.2 AA violations on the current page, as "rule: description" lines. */
    public List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        return results.getViolations().stream().map(Browser::describe).toList();
    }

    /** The serious and critical WCAG 2.2 AA violations, the ones that fail the build. */
    public List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
