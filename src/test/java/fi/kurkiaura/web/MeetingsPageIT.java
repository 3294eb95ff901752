package fi.kurkiaura.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.Browser;
import fi.kurkiaura.testing.ClientSideTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The meetings page in headless Chromium: a coordinator starts a monthly series for TyöHäme, a
 * member answers and proposes an agenda item, and the coordinator's dashboard shows both; the
 * network map draws the network.
 */
class MeetingsPageIT extends ClientSideTest {

    private WebDriver kaisa;
    private WebDriver sara;

    @BeforeEach
    void open() {
        kaisa = Browser.headlessChromium("fi-FI");
        sara = Browser.headlessChromium("fi-FI");
    }

    @AfterEach
    void close() {
        kaisa.quit();
        sara.quit();
    }

    @Test
    void aCoordinatorStartsASeriesAMemberAnswersAndProposesAndTheDashboardShowsIt() {
        String title = "Kesäkauden palaveri " + UUID.randomUUID().toString().substring(0, 6);
        Browser.logIn(kaisa, base.toString(), "koordinaattori@demo.kurkiaura.fi");
        kaisa.get(base + "#meetings");
        ready(kaisa, "fi");
        WebElement newSeries = patiently(kaisa).until(ExpectedConditions.visibilityOfElementLocated(By.id("series-new")));
        newSeries.findElement(By.tagName("summary")).click();
        kaisa.findElement(By.id("series-title")).sendKeys(title);
        ((JavascriptExecutor) kaisa).executeScript("document.getElementById('series-start').value = '2027-01-01T10:00';"
                + "document.getElementById('series-end').value = '12:00';");
        assertEquals(7, kaisa.findElements(By.cssSelector("#series-hosts input:checked")).size(), "TyöHäme's seven municipalities host in turn");
        kaisa.findElement(By.cssSelector("#series-form button[type=submit]")).click();
        patiently(kaisa).until(page -> page.findElement(By.id("meetings-status")).getText().startsWith("Sarja luotu"));
        assertEquals(title, kaisa.findElement(By.id("series-title-shown")).getText());
        List<WebElement> rows = kaisa.findElements(By.cssSelector("#series-meetings tbody tr"));
        assertTrue(rows.size() >= 10, "a year of first Fridays: " + rows.size());
        assertTrue(rows.getFirst().getText().startsWith("1.1.2027 10:00"), rows.getFirst().getText());
        assertTrue(rows.getFirst().getText().contains("Forssan kaupunki") && rows.get(1).getText().contains("Hattulan kunta"),
                "the hosts in turn: " + rows.getFirst().getText() + " / " + rows.get(1).getText());
        String meeting = rows.getFirst().getDomAttribute("data-meeting");

        Browser.logIn(sara, base.toString(), "jasen@demo.kurkiaura.fi");
        sara.get(base + "#meetings");
        Browser.waitForLanguage(sara, "sv");
        ready(sara, "sv");
        click(sara, By.xpath("//ul[@id='meetings-series']//button[normalize-space()='" + title + "']"));
        click(sara, By.cssSelector("#series-meetings tr[data-meeting='" + meeting + "'] button"));
        patiently(sara).until(page -> meeting.equals(page.findElement(By.id("meeting-view")).getDomAttribute("data-meeting")));
        sara.findElement(By.cssSelector("#meeting-rsvp button[data-response='yes']")).click();
        patiently(sara).until(page -> page.findElement(By.id("meeting-status")).getText().equals("Ditt svar har sparats."));
        assertEquals("Sara Medlem: Jag kommer", sara.findElement(By.cssSelector("#meeting-answers li")).getText());
        sara.findElement(By.id("agenda-title")).sendKeys("Kesätyöpaikat <b>2027</b>");
        sara.findElement(By.cssSelector("#agenda-form button[type=submit]")).click();
        patiently(sara).until(page -> page.findElement(By.id("meeting-status")).getText().equals("Punkten lades till på dagordningen."));
        assertEquals("Kesätyöpaikat <b>2027</b>", sara.findElement(By.cssSelector("#meeting-agenda li")).getText(), "shown as text, not as HTML");
        assertTrue(sara.findElement(By.id("dashboard")).getDomAttribute("hidden") != null, "the dashboard is for coordinators");

        kaisa.get(base + "#dashboard");
        kaisa.navigate().refresh();
        patiently(kaisa).until(page -> page.findElement(By.id("dashboard")).getDomAttribute("data-ready") != null);
        WebElement coming = patiently(kaisa).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dashboard-coming tr[data-meeting='" + meeting + "']")));
        assertEquals("1 kyllä, 0 ehkä, 0 ei", coming.findElement(By.className("answers")).getText());
        assertEquals("1", coming.findElement(By.className("agenda-size")).getText());
        assertFalse(kaisa.findElements(By.cssSelector("#dashboard-matrix td.gap")).isEmpty(), "the matrix marks the gaps");
    }

    @Test
    void theNetworkMapDrawsTheNetworkAndFiltersByMunicipality() {
        kaisa.get(base + "#network-map");
        Browser.waitForLanguage(kaisa, "fi");
        int whole = nodesOnTheMap();
        assertTrue(whole > 100, "the whole demo network: " + whole);
        new org.openqa.selenium.support.ui.Select(kaisa.findElement(By.id("map-municipality"))).selectByVisibleText("Forssa");
        kaisa.findElement(By.cssSelector("#map-filters button[type=submit]")).click();
        patiently(kaisa).until(page -> nodesOnTheMap() < whole);
        assertTrue(kaisa.findElement(By.id("map-status")).getText().contains("toimijaa, hanketta ja palvelua"));
    }

    private int nodesOnTheMap() {
        String nodes = patiently(kaisa).until(page -> page.findElement(By.id("network-map")).getDomAttribute("data-nodes"));
        return Integer.parseInt(nodes);
    }

    /** Waits until the meetings section has been drawn in {@code lang}. */
    private static void ready(WebDriver browser, String lang) {
        patiently(browser).until(page -> lang.equals(page.findElement(By.id("meetings")).getDomAttribute("data-ready")));
    }

    /** Clicks, trying again while the section is being drawn anew under the test's feet. */
    private static void click(WebDriver browser, By target) {
        patiently(browser).ignoring(StaleElementReferenceException.class).ignoring(ElementNotInteractableException.class).until(page -> {
            page.findElement(target).click();
            return true;
        });
    }

    private static WebDriverWait patiently(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
