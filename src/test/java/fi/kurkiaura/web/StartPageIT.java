package fi.kurkiaura.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kurkiaura.testing.Browser;
import fi.kurkiaura.testing.KurkiauraDeployment;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The start page in headless Chromium: Finnish first, then Swedish and English at a click, remembered. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StartPageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KurkiauraDeployment.war();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.headlessChromium("fi-FI");
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void switchesLanguageAndRemembersTheChoice() {
        browser.get(base.toExternalForm());
        Browser.waitForLanguage(browser, "fi");
        assertEquals("Hakemisto", navigationLink("#directory"));
        assertEquals("Tervetuloa Kurkiauraan", browser.findElement(By.cssSelector("#home h1")).getText());

        browser.findElement(By.cssSelector("button[data-lang='sv']")).click();
        Browser.waitForLanguage(browser, "sv");
        assertEquals("Katalog", navigationLink("#directory"));
        assertEquals("Möten", navigationLink("#meetings"));
        assertEquals("sv", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("true", browser.findElement(By.cssSelector("button[data-lang='sv']")).getDomAttribute("aria-pressed"));

        browser.findElement(By.cssSelector("button[data-lang='en']")).click();
        Browser.waitForLanguage(browser, "en");
        assertEquals("Directory", navigationLink("#directory"));

        browser.navigate().refresh();
        Browser.waitForLanguage(browser, "en");
        assertEquals("Welcome to Kurkiaura", browser.findElement(By.cssSelector("#home h1")).getText());
    }

    private String navigationLink(String target) {
        return browser.findElement(By.cssSelector("nav a[href='" + target + "']")).getText();
    }
}
