package fi.kurkiaura.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.Browser;
import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logging in, the profile with its language choice, logging out, and accepting an invitation, in headless Chromium. */
class AccountPagesIT extends ClientSideTest {

    private static final String PASSWORD = "browser password 1";

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.headlessChromium("fi-FI");
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void logsInSwitchesLanguageOnTheProfileAndLogsOut() {
        String email = "selain-" + UUID.randomUUID().toString().substring(0, 8) + "@test.kurkiaura.fi";
        HttpResponse<String> created = HubSession.loggedIn(base(), "admin@test.kurkiaura.fi", "bootstrap-admin-password").postJson("api/admin/accounts",
                Json.createObjectBuilder().add("email", email).add("displayName", "Selma Selain").add("language", "sv").add("password", PASSWORD).build());
        assertEquals(201, created.statusCode(), created.body());

        browser.get(base.toExternalForm());
        Browser.waitForLanguage(browser, "fi");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login-link"))).click();
        browser.findElement(By.id("login-email")).sendKeys(email);
        browser.findElement(By.id("login-password")).sendKeys("wrong password here");
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("login-status"), "Väärä sähköposti tai salasana."));

        browser.findElement(By.id("login-password")).clear();
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("account-name"), "Selma Selain"));
        Browser.waitForLanguage(browser, "sv");
        assertEquals("Logga ut", browser.findElement(By.id("logout")).getText(), "the account's own language");

        browser.findElement(By.id("account-name")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-email")));
        assertEquals(email, browser.findElement(By.id("profile-email")).getText());
        new Select(browser.findElement(By.id("profile-language"))).selectByValue("en");
        Browser.waitForLanguage(browser, "en");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("section[data-view=profile] h1"), "My profile"));
        wait.until(page -> "en".equals(Http.json(HubSession.withBearerToken(base(), email, PASSWORD).get("api/me")).getString("language")));

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.textToBe(By.id("login-link"), "Log in"));
        assertTrue(browser.findElement(By.id("home")).isDisplayed());
    }

    @Test
    void anInvitedPersonCreatesTheirAccountFromTheLink() {
        HttpResponse<String> invitation = HubSession.withBearerToken(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)
                .postJson("api/invitations", Json.createObjectBuilder().add("role", "member").build());
        assertEquals(201, invitation.statusCode(), invitation.body());
        String email = "kutsu-" + UUID.randomUUID().toString().substring(0, 8) + "@test.kurkiaura.fi";

        browser.get(Http.json(invitation).getString("link"));
        Browser.waitForLanguage(browser, "fi");
        wait.until(page -> page.findElement(By.id("invitation-about")).getText().contains("jäsen"));
        assertTrue(browser.findElement(By.id("invitation-about")).getText().contains("Kaisa Koordinaattori"));
        browser.findElement(By.id("invitation-name")).sendKeys("Kalle Kutsuttu");
        browser.findElement(By.id("invitation-email")).sendKeys(email);
        browser.findElement(By.id("invitation-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#invitation-form button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBe(By.id("profile-email"), email));
        assertEquals("Kalle Kutsuttu", browser.findElement(By.id("account-name")).getText());

        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("profile-email"), email));
        assertTrue(browser.getCurrentUrl().endsWith("#profile"), "still logged in after a reload: " + browser.getCurrentUrl());
    }
}
