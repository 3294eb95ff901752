package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import fi.kurkiaura.testing.Turtle;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bot over REST inside WildFly: answers from the graph in the server, refuses bad input with a JSON error, learns new services at once. */
class BotIT extends ClientSideTest {

    private HttpResponse<String> ask(String body) {
        return Http.send(HttpRequest.newBuilder(uri("api/bot/ask")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonObject answered(String text) {
        HttpResponse<String> response = ask(Json.createObjectBuilder().add("text", text).build().toString());
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    @Test
    void anyoneIsRoutedToAServiceForTheirPlaceWithWhy() {
        JsonObject routing = answered("olen 24-vuotias ja etsin työkokeilupaikkaa Forssassa");

        assertEquals("fi", routing.getString("lang"));
        assertFalse(routing.getBoolean("fallback"), routing.toString());
        JsonObject best = routing.getJsonArray("answers").getJsonObject(0);
        assertEquals("https://kurkiaura.fi/id/service/tyohame-tyokokeilu", best.getString("iri"), routing.toString());
        assertEquals("service", best.getString("type"));
        assertTrue(best.getString("why").contains("Forssa"), best.toString());
        assertTrue(best.getJsonNumber("score").doubleValue() > 0);
        assertFalse(routing.getString("reply").isBlank());
    }

    @Test
    void aSwedishQuestionIsAnsweredInSwedish() {
        JsonObject routing = answered("Var kan jag få hjälp att söka jobb i Tavastehus?");

        assertEquals("sv", routing.getString("lang"));
        assertTrue(routing.getString("reply").startsWith(routing.getBoolean("fallback") ? "Jag" : "Bäst"), routing.toString());
    }

    @Test
    void aQuestionOutsideTheNetworkFallsBackToAHuman() {
        JsonObject routing = answered("mikä on paras pizzeria Helsingissä");

        assertTrue(routing.getBoolean("fallback"), routing.toString());
        assertTrue(routing.getJsonArray("answers").isEmpty());
        assertTrue(routing.getBoolean("handedOver"), routing.toString());
        assertTrue(routing.getString("reply").contains("koordinaattoreille"), routing.getString("reply"));
    }

    @Test
    void whoRunsAVenueIsAnsweredFromTheGraphInTheServer() {
        JsonObject routing = answered("Vem driver Koko kylän työhuone?");

        JsonObject best = routing.getJsonArray("answers").getJsonObject(0);
        assertEquals("https://kurkiaura.fi/id/organisation/lapinjarven-kulttuuriyhdistys-laku", best.getString("iri"),
                "the provider of the services at the venue, read through their channels: " + routing);
    }

    @Test
    void anAnswerSaysWhoProvidesItAndWhichConversationToJoin() {
        JsonObject routing = answered("vertaisryhmät ja opintopiirit Jämsä Tehtaalla");

        JsonObject peerSupport = routing.getJsonArray("answers").stream().map(JsonObject.class::cast)
                .filter(answer -> answer.getString("iri").equals("https://kurkiaura.fi/id/service/jamsa-tehdas-vertaisryhmat")).findFirst().orElseThrow();
        assertEquals("https://kurkiaura.fi/id/organisation/jamsa-tehdas", peerSupport.getJsonObject("provider").getString("iri"));
        assertEquals("https://jamsatehdas.fi/", peerSupport.getString("contact"));
        JsonObject join = peerSupport.getJsonObject("join");
        assertEquals("peer_group", join.getString("kind"), peerSupport.toString());
        assertEquals("Etätyöntekijöiden vertaisryhmä", join.getString("title"));
        assertTrue(join.getJsonNumber("conversation").longValue() > 0);
    }

    @Test
    void coordinatorsReviewWhatTheBotDidNotKnowAndWhatDidNotHelp() {
        String unknown = "missä on lähin uimahalli " + UUID.randomUUID().toString().substring(0, 8);
        JsonObject notKnown = answered(unknown);
        assertTrue(notKnown.getBoolean("fallback"), notKnown.toString());
        JsonObject known = answered("työkokeilu Forssassa");
        assertEquals(204, feedback(known.getString("question"), "{\"helpful\": false}").statusCode());
        assertEquals(204, feedback(notKnown.getString("question"), "{\"helpful\": true}").statusCode());

        assertEquals(404, feedback(UUID.randomUUID().toString(), "{\"helpful\": true}").statusCode());
        assertEquals(400, feedback(known.getString("question"), "{}").statusCode());
        assertEquals(401, Http.get(uri("api/bot/review")).statusCode(), "the review list is for coordinators");

        HubSession coordinator = HubSession.withBearerToken(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        JsonArray review = Http.jsonArray(coordinator.get("api/bot/review"));
        JsonObject listed = review.stream().map(JsonObject.class::cast).filter(question -> question.getString("text").equals(unknown)).findFirst().orElseThrow();
        assertTrue(listed.getBoolean("fallback"));
        assertTrue(listed.getBoolean("helpful"));
        assertTrue(review.stream().map(JsonObject.class::cast).anyMatch(question -> question.getString("text").equals("työkokeilu Forssassa")
                && !question.getBoolean("helpful")), "thumbed down: " + review);

        assertEquals(204, coordinator.post("api/bot/review/" + listed.getJsonNumber("id").longValue() + "/done", "application/json", "{}").statusCode());
        assertTrue(Http.jsonArray(coordinator.get("api/bot/review")).stream().map(JsonObject.class::cast)
                .noneMatch(question -> question.getString("text").equals(unknown)), "reviewed questions leave the list");
    }

    private HttpResponse<String> feedback(String token, String body) {
        return Http.send(HttpRequest.newBuilder(uri("api/bot/questions/" + token + "/feedback")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void badQuestionsAreRefusedWithAJsonError() {
        for (String body : new String[] {"{\"text\": \"\"}", "{\"text\": \"   \"}", "{}", "not json at all", "{\"text\": \"hei\", \"lang\": \"de\"}",
                "{\"text\": \"" + "a".repeat(Bot.MAX_QUESTION_CHARS + 1) + "\"}"}) {
            HttpResponse<String> refused = ask(body);
            assertEquals(400, refused.statusCode(), body + " → " + refused.body());
            assertFalse(Http.json(refused).getString("error").isBlank(), refused.body());
        }
    }

    @Test
    void aFloodOfQuestionsFromOneAddressIsRefusedUntilTheAllowanceRefills() throws InterruptedException {
        // The tests after this one ask from the same address: it ends with about 60 questions' allowance back (10 a second).
        String body = Json.createObjectBuilder().add("text", "työkokeilu Forssassa").build().toString();
        HttpResponse<String> refused = ask(body);
        for (int asked = 0; refused.statusCode() == 200 && asked < 400; asked++) {
            refused = ask(body);
        }
        assertEquals(429, refused.statusCode(), "the test server allows 150 at once: " + refused.body());
        assertTrue(Http.json(refused).getString("error").startsWith("Too many questions"), refused.body());

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (ask(body).statusCode() == 429) {
            assertTrue(Instant.now().isBefore(deadline), "the allowance does not refill");
            Thread.sleep(200);
        }
        Thread.sleep(Duration.ofSeconds(6).toMillis());
    }

    @Test
    void queryLanguageInAQuestionIsJustText() {
        for (String text : new String[] {"'; DROP TABLE account; --", "} ; DELETE WHERE { ?s ?p ?o } #", "<script>alert(1)</script> nuorille",
                "🙂🙂 työnhaku"}) {
            JsonObject routing = answered(text);
            routing.getJsonArray("answers").forEach(answer -> assertFalse(answer.asJsonObject().getString("label").contains("<script>")));
        }
        assertEquals(200, Http.get(uri("api/graph/resource?iri=https%3A%2F%2Fkurkiaura.fi%2Fid%2Fservice%2Ftyohame-tyokokeilu")).statusCode(),
                "the graph is as it was");
    }

    @Test
    void aServiceAddedToTheGraphIsAnsweredAtOnce() throws InterruptedException {
        String question = "metsäpolkuvalmennus luontoliikuntaa Ypäjällä";
        assertTrue(answered(question).getJsonArray("answers").stream()
                .noneMatch(answer -> answer.asJsonObject().getString("iri").endsWith("/metsapolku-valmennus")));

        HubSession coordinator = HubSession.withBearerToken(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        HttpResponse<String> created = coordinator.post("api/graph/resources", "text/turtle", Turtle.PREFIXES + """
                s:metsapolku-valmennus a schema:Service ;
                    rdfs:label "Metsäpolkuvalmennus"@fi ;
                    dcterms:description "Luontoliikuntaa ja työnhaun valmennusta metsäpoluilla."@fi ;
                    schema:provider n:tyohame ;
                    schema:audience tg:nuoret ;
                    schema:areaServed pl:ypaja ;
                    ku:serviceClass sc:tyonhaku ;
                    schema:availableChannel [ ku:channelKind ch:paikan-paalla ; schema:serviceUrl <https://example.org/metsapolku> ] .
                """);
        assertEquals(201, created.statusCode(), created.body());

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonObject routing = answered(question);
        while (routing.getJsonArray("answers").isEmpty() || !routing.getJsonArray("answers").getJsonObject(0).getString("iri").endsWith("/metsapolku-valmennus")) {
            assertTrue(Instant.now().isBefore(deadline), "the new service is not answered: " + routing);
            Thread.sleep(200);
            routing = answered(question);
        }
        assertEquals(204, coordinator.delete("api/graph/resource?iri=https%3A%2F%2Fkurkiaura.fi%2Fid%2Fservice%2Fmetsapolku-valmennus").statusCode());
    }
}
