package fi.kurkiaura.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.Browser;
import fi.kurkiaura.testing.ClientSideTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The bot panel in headless Chromium, without logging in: answers with why, a fallback, and a question that is only text. */
class BotPageIT extends ClientSideTest {

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.headlessChromium("fi-FI");
        browser.get(base().toString());
        Browser.waitForLanguage(browser, "fi");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    private void ask(String question) {
        String before = browser.findElement(By.id("bot")).getDomAttribute("data-answered");
        WebElement field = browser.findElement(By.id("bot-question"));
        field.clear();
        field.sendKeys(question);
        browser.findElement(By.cssSelector("#bot-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> {
            String answered = page.findElement(By.id("bot")).getDomAttribute("data-answered");
            return answered != null && !answered.equals(before);
        });
    }

    @Test
    void anyoneGetsAnswersWithWhyAsLinksToTheResources() {
        ask("olen 24-vuotias ja etsin työkokeilupaikkaa Forssassa");

        WebElement best = browser.findElement(By.cssSelector("#bot-answers li"));
        assertEquals("https://kurkiaura.fi/id/service/tyohame-tyokokeilu", best.getDomAttribute("data-iri"));
        assertEquals("/id/service/tyohame-tyokokeilu", best.findElement(By.tagName("a")).getDomAttribute("href"));
        assertEquals("palvelu", best.findElement(By.className("kind")).getText());
        assertTrue(best.findElement(By.className("why")).getText().contains("alue: Forssa"), best.getText());
        assertTrue(browser.findElement(By.id("bot-reply")).getText().startsWith("Parhaiten"));

        browser.findElement(By.cssSelector("#bot-feedback button[data-helpful='true']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.findElement(By.id("bot-status")).getText().equals("Kiitos palautteesta!"));
    }

    @Test
    void anAnswerShowsWhatToDoNext() {
        ask("vertaisryhmät ja opintopiirit Jämsä Tehtaalla");

        WebElement peerSupport = browser.findElement(By.cssSelector("#bot-answers li[data-iri='https://kurkiaura.fi/id/service/jamsa-tehdas-vertaisryhmat']"));
        assertEquals("/id/organisation/jamsa-tehdas", peerSupport.findElement(By.cssSelector(".next-steps .provider a")).getDomAttribute("href"));
        assertEquals("https://jamsatehdas.fi/", peerSupport.findElement(By.cssSelector(".next-steps .contact a")).getDomAttribute("href"));
        assertEquals("Vertaisryhmä chatissa: Etätyöntekijöiden vertaisryhmä", peerSupport.findElement(By.cssSelector(".next-steps .join")).getText());
    }

    @Test
    void aQuestionOutsideTheNetworkGetsNoGuess() {
        ask("mikä on paras pizzeria Helsingissä");

        assertTrue(browser.findElements(By.cssSelector("#bot-answers li")).isEmpty());
        assertTrue(browser.findElement(By.id("bot-reply")).getText().startsWith("En löytänyt"));
        assertTrue(browser.findElement(By.id("bot-reply")).getText().contains("välitin kysymyksesi verkoston koordinaattoreille"));
        assertFalse(browser.findElement(By.id("bot-feedback")).isDisplayed(), "nothing to thumb");
    }

    @Test
    void markupInAQuestionStaysText() {
        ask("<img src=x onerror=\"document.title='hacked'\"> nuorten palvelut");

        assertTrue(browser.findElements(By.cssSelector("#bot img")).isEmpty());
        assertFalse(browser.getTitle().contains("hacked"));
    }
}
