package fi.kurkiaura.testing;

import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system (Debian's chromium and chromium-driver), never a
 * browser downloaded by a test tool. On CI a missing browser fails the test; on a developer's
 * machine without it, browser tests are skipped with a message saying what to install.
 */
public final class Browser {

    private Browser() {
    }

    public static WebDriver headlessChromium(String acceptLanguage) {
        File binary = new File(System.getProperty("kurkiaura.browser", "/usr/bin/chromium"));
        File driver = new File(System.getProperty("kurkiaura.browser.driver", "/usr/bin/chromedriver"));
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(binary.canExecute() && driver.canExecute(),
                    "Browser tests need " + binary + " and " + driver + " (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=" + acceptLanguage, "--window-size=1280,900");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        return new ChromeDriver(service, options);
    }

    /** Logs in through the page's form as a demo account, and waits until the header names the account. */
    public static void logIn(WebDriver browser, String base, String email) {
        browser.get(base + "#login");
        waitForLanguage(browser, "fi");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-email"))).sendKeys(email);
        browser.findElement(By.id("login-password")).sendKeys(HubSession.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-name")));
    }

    /** Waits until the page has applied the message bundle of {@code lang}. */
    public static void waitForLanguage(WebDriver browser, String lang) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page ->
                lang.equals(page.findElement(By.tagName("body")).getDomAttribute("data-lang-ready")));
    }
}
