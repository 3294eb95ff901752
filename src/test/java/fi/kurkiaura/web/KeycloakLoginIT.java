package fi.kurkiaura.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.Browser;
import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import fi.kurkiaura.testing.KeycloakProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logging in through a real Keycloak (realm docker/keycloak/kurkiaura-realm.json) in headless Chromium. */
class KeycloakLoginIT extends ClientSideTest {

    private static KeycloakProcess keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakProcess.start();
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aPersonKnownToKeycloakLogsInAndGetsAMemberAccount() {
        WebDriver browser = Browser.headlessChromium("fi-FI");
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(base + "#login");
            Browser.waitForLanguage(browser, "fi");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("oidc-login"))).click();

            wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys("anna.oidc");
            browser.findElement(By.id("password")).sendKeys("oidc-password-1");
            browser.findElement(By.id("kc-login")).click();

            wait.until(ExpectedConditions.textToBe(By.id("account-name"), "Anna Oidc"));
            assertTrue(browser.getCurrentUrl().startsWith(base.toExternalForm()), browser.getCurrentUrl());
        } finally {
            browser.quit();
        }
        String audit = HubSession.loggedIn(base(), "admin@test.kurkiaura.fi", "bootstrap-admin-password").get("api/admin/audit?limit=100").body();
        assertTrue(audit.contains("\"action\":\"login.oidc\"") && audit.contains("anna.oidc@example.org"), audit);
    }

    @Test
    void aCallbackThatWasNotStartedHereEndsOnTheLoginPage() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> forged = client.send(HttpRequest.newBuilder(URI.create(base + "api/session/oidc/callback?code=abc&state=forged")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(303, forged.statusCode());
        assertTrue(forged.headers().firstValue("Location").orElse("").endsWith("/#login/oidc-error"));
        assertEquals(false, Http.json(Http.get(uri("api/session"))).getBoolean("authenticated"));
    }
}
