package fi.kurkiaura.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.Browser;
import fi.kurkiaura.testing.KurkiauraDeployment;
import java.net.URL;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The directory in headless Chromium: search, a resource's page, who-does-what, in Finnish and Swedish. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryPageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KurkiauraDeployment.war();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.headlessChromium("fi-FI");
        browser.get(base.toExternalForm());
        awaitDirectory("fi");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void searchesAndOpensAResource() {
        browser.findElement(By.id("directory-q")).sendKeys("INKA Satakunta");
        new Select(browser.findElement(By.id("directory-kind"))).selectByValue("project");
        browser.findElement(By.cssSelector("#directory-search button[type=submit]")).click();

        WebElement project = await(By.cssSelector("#directory-results a[data-iri='https://kurkiaura.fi/id/project/inka-satakunta']"));
        assertTrue(browser.findElement(By.id("directory-status")).getText().startsWith("Tuloksia: "));
        String label = project.getText();
        project.click();

        WebElement heading = await(By.cssSelector("#directory-detail h3"));
        assertEquals(label, heading.getText());
        assertTrue(browser.findElements(By.cssSelector("#directory-detail dd a")).size() > 3, "links to related resources");
    }

    @Test
    void answersWhoDoesWhatWithReasonsInTheChosenLanguage() {
        ask("https://kurkiaura.fi/id/concept/target-group/nuoret", "https://kurkiaura.fi/id/place/forssa");
        assertTrue(reasons().contains("kohderyhmä: nuoret; alue: Forssa"), reasons().toString());

        browser.findElement(By.cssSelector("button[data-lang='sv']")).click();
        awaitDirectory("sv");
        List<String> municipalities = new Select(browser.findElement(By.id("wdw-municipality"))).getOptions().stream()
                .map(WebElement::getText).toList();
        assertTrue(municipalities.contains("Tavastehus"), municipalities.toString());

        ask("https://kurkiaura.fi/id/concept/target-group/nuoret", "https://kurkiaura.fi/id/place/forssa");
        assertTrue(reasons().contains("målgrupp: unga; område: Forssa"), reasons().toString());
    }

    private void ask(String targetGroup, String municipality) {
        new Select(browser.findElement(By.id("wdw-target-group"))).selectByValue(targetGroup);
        new Select(browser.findElement(By.id("wdw-municipality"))).selectByValue(municipality);
        String before = browser.findElement(By.id("wdw-status")).getText();
        browser.findElement(By.cssSelector("#who-does-what button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page ->
                !page.findElements(By.cssSelector("#wdw-results .why")).isEmpty()
                        && !page.findElement(By.id("wdw-status")).getText().equals(before));
    }

    private List<String> reasons() {
        return browser.findElements(By.cssSelector("#wdw-results .why")).stream().map(WebElement::getText).toList();
    }

    private void awaitDirectory(String lang) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page ->
                lang.equals(page.findElement(By.id("directory")).getDomAttribute("data-ready")));
    }

    private WebElement await(By selector) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> {
            List<WebElement> found = page.findElements(selector);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }
}
