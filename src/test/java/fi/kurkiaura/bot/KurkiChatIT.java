package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import fi.kurkiaura.testing.Turtle;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Kurki, the bot as a member of the chat inside WildFly: it answers a mention in a room and a
 * direct message, runs its commands, and hands what it cannot answer to the coordinators'
 * conversation, whose members follow the coordinator role.
 */
class KurkiChatIT extends ClientSideTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private HubSession as(String who) {
        return HubSession.withBearerToken(base(), who + "@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
    }

    private static long accountId(HubSession who) {
        return who.whoAmI().getJsonObject("account").getJsonNumber("id").longValue();
    }

    private static List<JsonObject> conversations(HubSession who) {
        return Http.jsonArray(who.get("api/chat/conversations")).stream().map(JsonValue::asJsonObject).toList();
    }

    private static long conversationTitled(HubSession who, String title) {
        return conversations(who).stream().filter(conversation -> conversation.getString("title").equals(title)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** Posts a message; its sequence number. */
    private static long post(HubSession who, long conversation, String text) {
        HttpResponse<String> sent = who.postJson("api/chat/conversations/" + conversation + "/messages",
                Json.createObjectBuilder().add("id", "m-" + UUID.randomUUID()).add("text", text).build());
        assertEquals(201, sent.statusCode(), sent.body());
        return Http.json(sent).getJsonNumber("seq").longValue();
    }

    private static Optional<JsonObject> kurkisAnswer(HubSession reader, long conversation, long seq) {
        return Http.jsonArray(reader.get("api/chat/conversations/" + conversation + "/events?after=" + seq)).stream().map(JsonValue::asJsonObject)
                .filter(event -> event.getString("id", "").equals("kurki-" + seq)).findFirst();
    }

    /** Kurki's answer to message {@code seq}, waited for. */
    private static JsonObject answerTo(HubSession reader, long conversation, long seq) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        Optional<JsonObject> answer = kurkisAnswer(reader, conversation, seq);
        while (answer.isEmpty()) {
            assertTrue(Instant.now().isBefore(deadline), "Kurki did not answer message " + seq + " of conversation " + conversation);
            Thread.sleep(100);
            answer = kurkisAnswer(reader, conversation, seq);
        }
        assertEquals("Kurki", answer.get().getString("authorName"));
        return answer.get();
    }

    private JsonObject directWithKurki(HubSession who) {
        JsonObject kurki = Http.json(who.get("api/bot/kurki"));
        assertEquals("Kurki", kurki.getString("name"));
        HttpResponse<String> opened = who.postJson("api/chat/direct", Json.createObjectBuilder().add("with", kurki.getJsonNumber("account").longValue()).build());
        assertEquals(200, opened.statusCode(), opened.body());
        return Http.json(opened);
    }

    @Test
    void aMentionInARoomIsAnsweredThereAndOtherMessagesAreLeftAlone() throws InterruptedException {
        HubSession sara = as("jasen");
        long room = conversationTitled(sara, "TyöHäme-verkosto");
        long chatter = post(sara, room, "Huomenta kaikille, kahvit on keitetty");
        long question = post(sara, room, "@Kurki missä voin tehdä työkokeilua Forssassa?");

        JsonObject answer = answerTo(sara, room, question);
        assertTrue(answer.getString("text").contains("https://kurkiaura.fi/id/service/tyohame-tyokokeilu"), answer.getString("text"));
        assertTrue(answer.getString("text").contains("Forssa"), "with why: " + answer.getString("text"));
        assertTrue(kurkisAnswer(sara, room, chatter).isEmpty(), "a message that does not mention Kurki gets no answer");
        assertTrue(Http.jsonArray(sara.get("api/chat/conversations/" + room + "/members")).stream()
                .anyMatch(member -> member.asJsonObject().getString("displayName").equals("Kurki")), "Kurki joined the room to answer");
    }

    @Test
    void aDirectConversationWithKurkiAnswersQuestionsAndCommands() throws InterruptedException {
        HubSession sara = as("jasen");
        long direct = directWithKurki(sara).getJsonNumber("id").longValue();

        String who = answerTo(sara, direct, post(sara, direct, "/kuka työkokeilu Forssa")).getString("text");
        assertTrue(who.contains("https://kurkiaura.fi/id/service/tyohame-tyokokeilu"), who);

        String groups = answerTo(sara, direct, post(sara, direct, "/ryhmät")).getString("text");
        assertTrue(groups.contains("Etätyöntekijöiden vertaisryhmä"), "the demo's peer group, which Sara is not in: " + groups);

        String help = answerTo(sara, direct, post(sara, direct, "/mitähäh")).getString("text");
        assertTrue(help.contains("/kuka") && help.contains("/tapahtumat") && help.contains("/ryhmät"), help);

        String swedish = answerTo(sara, direct, post(sara, direct, "Var kan jag göra arbetsprövning i Forssa?")).getString("text");
        assertTrue(swedish.startsWith("Bäst passar"), "answered in the question's language: " + swedish);
    }

    @Test
    void eventsListsAnEventAddedToTheGraph() throws InterruptedException {
        HubSession coordinator = as("koordinaattori");
        LocalDate day = LocalDate.now().plusDays(10);
        HttpResponse<String> created = coordinator.post("api/graph/resources", "text/turtle", Turtle.PREFIXES + """
                @prefix ek: <https://kurkiaura.fi/id/concept/event-kind/> .
                <https://kurkiaura.fi/id/event/kurki-testi-infotilaisuus> a schema:Event ;
                    rdfs:label "Revontulihankkeen infotilaisuus"@fi ;
                    dcterms:description "Infotilaisuus revontulihankkeesta."@fi ;
                    ku:eventKind ek:infotilaisuus ;
                    schema:organizer n:tyohame ;
                    schema:startDate "%s"^^xsd:date .
                """.formatted(day));
        assertEquals(201, created.statusCode(), created.body());
        try {
            HubSession sara = as("jasen");
            long direct = directWithKurki(sara).getJsonNumber("id").longValue();
            Instant deadline = Instant.now().plus(PATIENCE);
            String events = answerTo(sara, direct, post(sara, direct, "/tapahtumat revontulihanke")).getString("text");
            while (!events.contains("Revontulihankkeen infotilaisuus")) {
                assertTrue(Instant.now().isBefore(deadline), "the new event is not listed: " + events);
                Thread.sleep(200);
                events = answerTo(sara, direct, post(sara, direct, "/tapahtumat revontulihanke")).getString("text");
            }
            assertTrue(events.startsWith("Tulevat tapahtumat aiheesta revontulihanke:"), events);
            assertTrue(events.contains(day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear()), "with its day: " + events);
        } finally {
            coordinator.delete("api/graph/resource?iri=https%3A%2F%2Fkurkiaura.fi%2Fid%2Fevent%2Fkurki-testi-infotilaisuus");
        }
    }

    @Test
    void whatKurkiCannotAnswerGoesToTheCoordinatorsWithTheAskersName() throws InterruptedException {
        HubSession sara = as("jasen");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long direct = directWithKurki(sara).getJsonNumber("id").longValue();

        String answer = answerTo(sara, direct, post(sara, direct, "mikä on paras pizzeria Helsingissä " + marker)).getString("text");
        assertTrue(answer.contains("välitin kysymyksesi verkoston koordinaattoreille"), answer);
        assertTrue(answer.contains("He vastaavat sinulle chatissa"), "Sara is logged in, so she can be answered: " + answer);

        HubSession coordinator = as("koordinaattori");
        long staff = conversationTitled(coordinator, "Koordinaattorit");
        JsonObject handedOver = Http.jsonArray(coordinator.get("api/chat/conversations/" + staff + "/events")).stream().map(JsonValue::asJsonObject)
                .filter(event -> event.getString("text", "").contains(marker)).findFirst().orElseThrow();
        assertEquals("Kurki", handedOver.getString("authorName"));
        String saraName = sara.whoAmI().getJsonObject("account").getString("displayName");
        assertTrue(handedOver.getString("text").contains("Kysyjä: " + saraName), handedOver.getString("text"));

        assertEquals(403, sara.get("api/chat/conversations/" + staff + "/events").statusCode(), "the coordinators' conversation is theirs alone");
        assertTrue(conversations(sara).stream().noneMatch(conversation -> conversation.getString("kind").equals("staff")), "nor is it listed to others");
    }

    @Test
    void aQuestionFromThePanelThatNobodyCanAnswerIsHandedOverAnonymously() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        JsonObject routing = Http.json(HubSession.anonymous(base()).postJson("api/bot/ask",
                Json.createObjectBuilder().add("text", "missä on lähin planetaario " + marker).build()));

        assertTrue(routing.getBoolean("fallback") && routing.getBoolean("handedOver"), routing.toString());
        assertTrue(routing.getString("reply").contains("Kirjaudu sisään"), routing.getString("reply"));
        HubSession coordinator = as("koordinaattori");
        long staff = conversationTitled(coordinator, "Koordinaattorit");
        String handedOver = Http.jsonArray(coordinator.get("api/chat/conversations/" + staff + "/events")).stream().map(JsonValue::asJsonObject)
                .map(event -> event.getString("text", "")).filter(text -> text.contains(marker)).findFirst().orElseThrow();
        assertTrue(handedOver.contains("Kysyjä ei ollut kirjautunut"), handedOver);
    }

    @Test
    void theCoordinatorsConversationFollowsTheRole() {
        HubSession admin = as("admin");
        HubSession sara = as("jasen");
        long saraId = accountId(sara);
        long staff = conversationTitled(as("koordinaattori"), "Koordinaattorit");
        assertEquals(403, sara.get("api/chat/conversations/" + staff + "/events").statusCode());

        HttpResponse<String> granted = admin.postJson("api/admin/accounts/" + saraId + "/roles",
                Json.createObjectBuilder().add("role", "coordinator").add("scope", "https://kurkiaura.fi/id/network/tyohame").build());
        assertEquals(200, granted.statusCode(), granted.body());
        try {
            assertEquals(200, sara.get("api/chat/conversations/" + staff + "/events").statusCode(), "a coordinator of any network is in");
        } finally {
            HttpResponse<String> revoked = admin.delete("api/admin/accounts/" + saraId + "/roles/coordinator?scope=https%3A%2F%2Fkurkiaura.fi%2Fid%2Fnetwork%2Ftyohame");
            assertEquals(200, revoked.statusCode(), revoked.body());
        }
        assertEquals(403, sara.get("api/chat/conversations/" + staff + "/events").statusCode(), "and out again when the role goes");
    }
}
