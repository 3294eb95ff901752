package fi.kurkiaura.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kurkiaura.testing.Browser;
import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two people chatting in two headless Chromium browsers (Sara's account speaks Swedish, Olli's
 * Finnish); one goes away, the other writes, the first comes back and sees it all in order; and a
 * peer group joined by request and moderated by its facilitator.
 */
class ChatPageIT extends ClientSideTest {

    private WebDriver sara;
    private WebDriver olli;

    @BeforeEach
    void openBrowsers() {
        sara = Browser.headlessChromium("fi-FI");
        olli = Browser.headlessChromium("fi-FI");
    }

    @AfterEach
    void closeBrowsers() {
        sara.quit();
        olli.quit();
    }

    @Test
    void twoPeopleChatLiveAndNothingIsMissedWhileOneIsAway() {
        String title = "Selainhuone " + UUID.randomUUID().toString().substring(0, 6);
        long room = Http.json(HubSession.withBearerToken(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)
                .postJson("api/chat/rooms", Json.createObjectBuilder().add("title", title).build())).getJsonNumber("id").longValue();
        HubSession olliApi = HubSession.withBearerToken(base(), "ohjaaja@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        for (HubSession member : List.of(olliApi, HubSession.withBearerToken(base(), "jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD))) {
            member.postJson("api/chat/conversations/" + room + "/members", Json.createObjectBuilder().build());
        }
        olliApi.postJson("api/chat/conversations/" + room + "/messages", Json.createObjectBuilder().add("id", "aiempi").add("text", "Aiempi viesti").build());

        logIn(sara, "jasen@demo.kurkiaura.fi");
        logIn(olli, "ohjaaja@demo.kurkiaura.fi");
        open(sara, title);
        open(olli, title);
        waitForTexts(sara, List.of("Aiempi viesti"));

        write(olli, "Hei Sara, katso https://kurkiaura.fi/id/network/tyohame");
        waitForTexts(sara, List.of("Aiempi viesti", "Hei Sara, katso https://kurkiaura.fi/id/network/tyohame"));
        assertEquals("https://kurkiaura.fi/id/network/tyohame",
                sara.findElements(By.cssSelector("#chat-messages li .text a")).get(0).getDomAttribute("href"), "a link in a message is a link");

        patiently(sara).until(page -> {
            lastMessage(page).findElement(By.cssSelector("button[data-action='chat.react']")).click();
            return true;
        });
        patiently(olli).until(page -> lastMessage(page).getText().contains("👍 1"));

        patiently(olli).until(page -> {
            lastMessage(page).findElement(By.cssSelector("button[data-action='chat.edit']")).click();
            return true;
        });
        WebElement input = olli.findElement(By.id("chat-text"));
        input.clear();
        input.sendKeys("Hei Sara, katso verkoston sivu");
        olli.findElement(By.cssSelector("#chat-form button[type=submit]")).click();
        patiently(sara).until(page -> lastMessage(page).getText().contains("Hei Sara, katso verkoston sivu")
                && lastMessage(page).getText().contains("(redigerat)"));
        assertEquals(0, sara.findElements(By.cssSelector("#chat-messages li:last-child button[data-action='chat.edit']")).size(),
                "one edits only one's own messages");

        sara.get("about:blank");
        write(olli, "Ensimmäinen poissaollessa");
        write(olli, "Toinen poissaollessa");
        write(olli, "<b>Kolmas</b> poissaollessa");
        waitForTexts(olli, List.of("Aiempi viesti", "Hei Sara, katso verkoston sivu",
                "Ensimmäinen poissaollessa", "Toinen poissaollessa", "<b>Kolmas</b> poissaollessa"));

        sara.get(base.toExternalForm());
        open(sara, title);
        waitForTexts(sara, List.of("Aiempi viesti", "Hei Sara, katso verkoston sivu",
                "Ensimmäinen poissaollessa", "Toinen poissaollessa", "<b>Kolmas</b> poissaollessa"));
        assertEquals(0, sara.findElements(By.cssSelector("#chat-messages b")).size(), "text is text, never HTML");
    }

    /**
     * Sara asks to join Olli's peer group; Olli, its facilitator, approves in his view of the group,
     * Sara is in at once and writes; then Olli bans her and the group leaves her list.
     */
    @Test
    void aPeerGroupIsAskedToJoinApprovedAndModerated() {
        String title = "Vertaisryhmä " + UUID.randomUUID().toString().substring(0, 6);
        HubSession.withBearerToken(base(), "ohjaaja@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)
                .postJson("api/chat/peer-groups", Json.createObjectBuilder().add("title", title).build());
        logIn(sara, "jasen@demo.kurkiaura.fi");
        logIn(olli, "ohjaaja@demo.kurkiaura.fi");

        By saraInList = By.xpath("//ul[@id='chat-conversations']/li[starts-with(normalize-space(), '" + title + "')]");
        patiently(sara).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//ul[@id='chat-conversations']/li[starts-with(normalize-space(), '" + title + "')]/button[@data-action='chat.askToJoin']"))).click();
        patiently(sara).until(ExpectedConditions.alertIsPresent()).sendKeys("Hej, får jag vara med?");
        sara.switchTo().alert().accept();
        patiently(sara).until(page -> page.findElement(saraInList).findElements(By.cssSelector(".asked")).size() == 1);

        open(olli, title);
        olli.findElement(By.cssSelector("#chat-manage summary")).click();
        patiently(olli).until(page -> page.findElement(By.id("chat-requests")).getText().contains("Hej, får jag vara med?"));
        olli.findElement(By.cssSelector("#chat-requests button[data-action='chat.approve']")).click();
        patiently(olli).until(page -> page.findElement(By.id("chat-requests")).findElements(By.cssSelector("button")).isEmpty()
                && page.findElement(By.id("chat-members")).findElements(By.cssSelector("button[data-action='chat.ban']")).size() == 1);

        open(sara, title);
        write(sara, "Tack för att jag fick komma med!");
        waitForTexts(olli, List.of("Tack för att jag fick komma med!"));

        olli.findElement(By.cssSelector("#chat-members button[data-action='chat.ban']")).click();
        patiently(olli).until(ExpectedConditions.alertIsPresent()).sendKeys("Testi");
        olli.switchTo().alert().accept();
        patiently(sara).until(page -> page.findElements(saraInList).isEmpty() && !page.findElement(By.id("chat-view")).isDisplayed());
        assertEquals(0, olli.findElements(By.cssSelector("#chat-members button[data-action='chat.ban']")).size(), "the banned member is out");
    }

    @Test
    void kurkiAnswersInItsOwnConversation() {
        logIn(sara, "jasen@demo.kurkiaura.fi");
        new WebDriverWait(sara, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(By.id("chat-kurki"))).click();
        new WebDriverWait(sara, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(By.id("chat-text")));
        assertEquals("Sara Medlem – Kurki", sara.findElement(By.id("chat-title")).getText(), "the direct conversation with Kurki is open");

        write(sara, "/ryhmät");
        patiently(sara).until(page -> {
            WebElement last = lastMessage(page);
            return last.findElement(By.className("author")).getText().equals("Kurki") && last.getText().contains("Etätyöntekijöiden vertaisryhmä");
        });
    }

    private void logIn(WebDriver browser, String email) {
        Browser.logIn(browser, base.toString(), email);
    }

    private static void open(WebDriver browser, String title) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        By conversation = By.xpath("//ul[@id='chat-conversations']//button[normalize-space()='" + title + "']");
        wait.until(ExpectedConditions.elementToBeClickable(conversation)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chat-text")));
    }

    private static void write(WebDriver browser, String text) {
        WebElement input = browser.findElement(By.id("chat-text"));
        input.sendKeys(text);
        browser.findElement(By.cssSelector("#chat-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> page.findElements(By.cssSelector("#chat-messages li.pending")).isEmpty());
    }

    /** Waits, trying again when the list was redrawn under the test's feet. */
    private static WebDriverWait patiently(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static WebElement lastMessage(WebDriver browser) {
        List<WebElement> messages = browser.findElements(By.cssSelector("#chat-messages li:not(.pending)"));
        return messages.get(messages.size() - 1);
    }

    private static void waitForTexts(WebDriver browser, List<String> expected) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> page.findElements(By.cssSelector("#chat-messages li:not(.pending) .text"))
                .stream().map(WebElement::getText).toList().equals(expected));
    }
}
