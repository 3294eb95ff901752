package fi.kurkiaura.coordination;

import static fi.kurkiaura.coordination.MeetingsApi.ELY;
import static fi.kurkiaura.coordination.MeetingsApi.SATAKUNTA;
import static fi.kurkiaura.coordination.MeetingsApi.assertRefused;
import static fi.kurkiaura.coordination.MeetingsApi.encode;
import static fi.kurkiaura.coordination.MeetingsApi.patch;
import static fi.kurkiaura.coordination.MeetingsApi.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A meeting's agenda, minutes and actions inside WildFly: who may propose, order and record, the
 * minutes and decisions in the graph, actions carried over until done, and a closed meeting.
 */
class AgendaIT extends ClientSideTest {

    private HubSession admin;
    private HubSession member;
    private List<JsonObject> meetings;

    @BeforeEach
    void aSeriesOfThreeMeetings() {
        admin = HubSession.withBearerToken(base(), "admin@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        member = HubSession.withBearerToken(base(), "jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        HttpResponse<String> started = admin.postJson("api/meetings/series", Json.createObjectBuilder().add("network", SATAKUNTA)
                .add("title", "Asialista " + UUID.randomUUID().toString().substring(0, 8)).add("rrule", "FREQ=MONTHLY;BYDAY=1FR;COUNT=3")
                .add("start", "2027-01-01T10:00").add("end", "2027-01-01T12:00").add("hosts", Json.createArrayBuilder().add(ELY)).build());
        assertEquals(201, started.statusCode(), started.body());
        meetings = Http.jsonArray(Http.get(uri("api/meetings/series/" + Http.json(started).getInt("id") + "/meetings?from=2027-01-01T00:00")))
                .getValuesAs(JsonObject.class);
    }

    @Test
    void membersOfTheRoomProposeTheHostOrdersAndTheDecisionIsInTheGraph() {
        long january = id(meetings.get(0));
        assertRefused(403, "Join the meeting's room", member.postJson(agenda(january), item("Hankkeiden yhteinen joulukalenteri")));

        assertEquals(200, member.postJson("api/chat/conversations/" + meetings.get(0).getInt("room") + "/members", Json.createObjectBuilder().build())
                .statusCode());
        HttpResponse<String> first = member.postJson(agenda(january), item("Hankkeiden yhteinen joulukalenteri"));
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> second = member.postJson(agenda(january), item("Eurooppa-päivä <script>alert(1)</script>"));
        assertEquals(201, second.statusCode(), second.body());
        long calendar = Http.json(first).getJsonNumber("id").longValue();
        long europeDay = Http.json(second).getJsonNumber("id").longValue();

        JsonObject order = Json.createObjectBuilder().add("items", Json.createArrayBuilder().add(europeDay).add(calendar)).build();
        assertRefused(403, "host of this meeting", member.putJson(agenda(january) + "/order", order));
        assertEquals(200, admin.putJson(agenda(january) + "/order", order).statusCode());
        assertRefused(422, "every item", admin.putJson(agenda(january) + "/order",
                Json.createObjectBuilder().add("items", Json.createArrayBuilder().add(europeDay)).build()));

        HttpResponse<String> recorded = patch(admin, agenda(january) + "/" + calendar, Json.createObjectBuilder()
                .add("minutes", "Käytiin läpi hankkeiden ideat.").add("decision", "Joulukalenteri toteutetaan Facebook-sivulla yhdessä.").build());
        assertEquals(200, recorded.statusCode(), recorded.body());
        assertRefused(403, "host of this meeting", patch(member, agenda(january) + "/" + calendar,
                Json.createObjectBuilder().add("decision", "Ei toteuteta.").build()));

        JsonObject shown = Http.json(Http.get(uri(agenda(january))));
        assertEquals(List.of("Eurooppa-päivä <script>alert(1)</script>", "Hankkeiden yhteinen joulukalenteri"),
                shown.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(item -> item.getString("title")).toList(),
                "in the host's order, the text as written (escaping is the page's job)");
        assertEquals("Joulukalenteri toteutetaan Facebook-sivulla yhdessä.", shown.getJsonArray("items").getJsonObject(1).getString("decision"));

        List<JsonObject> decided = select(base(), """
                PREFIX ku: <https://kurkiaura.fi/ontology#>
                PREFIX schema: <https://schema.org/>
                SELECT ?meeting ?position WHERE {
                  ?meeting ku:agendaItem ?item . ?item ku:decision ?decision ; schema:position ?position .
                  FILTER(CONTAINS(?decision, "Joulukalenteri toteutetaan"))
                }""");
        assertTrue(decided.stream().anyMatch(row -> row.getJsonObject("meeting").getString("value").equals(meetings.get(0).getString("iri"))
                && row.getJsonObject("position").getString("value").equals("2")), "what was decided about the calendar: " + decided);
    }

    @Test
    void anActionHasAnOwnerAndComesBackOnLaterAgendasUntilDone() {
        long january = id(meetings.get(0));
        long february = id(meetings.get(1));
        assertRefused(422, "has an owner", admin.postJson("api/actions", action(january, null)));
        assertRefused(422, "neither a person listed in the graph nor an organisation",
                admin.postJson("api/actions", action(january, "https://kurkiaura.fi/id/place/pori")));
        assertRefused(403, "host of this meeting", member.postJson("api/actions", action(january, ELY)));

        HttpResponse<String> agreed = admin.postJson("api/actions", action(january, ELY));
        assertEquals(201, agreed.statusCode(), agreed.body());
        long action = Http.json(agreed).getJsonNumber("id").longValue();
        assertEquals(List.of(action), actionIds(Http.json(Http.get(uri(agenda(january)))).getJsonArray("actions")));
        assertEquals(List.of(action), actionIds(Http.json(Http.get(uri(agenda(february)))).getJsonArray("carriedOver")), "back on February's agenda");
        assertTrue(actionIds(Http.jsonArray(Http.get(uri("api/actions?network=" + encode(SATAKUNTA))))).contains(action));

        assertRefused(403, "owner", patch(member, "api/actions/" + action, Json.createObjectBuilder().add("done", true).build()));
        HttpResponse<String> done = patch(admin, "api/actions/" + action, Json.createObjectBuilder().add("done", true).build());
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(Http.json(done).getBoolean("done"));
        assertEquals(List.of(), actionIds(Http.json(Http.get(uri(agenda(february)))).getJsonArray("carriedOver")), "done before February");
        assertFalse(actionIds(Http.jsonArray(Http.get(uri("api/actions?network=" + encode(SATAKUNTA))))).contains(action));
        assertEquals("true", select(base(), "SELECT ?done WHERE { <%s> <https://kurkiaura.fi/ontology#actionItem> ?a . ?a <https://kurkiaura.fi/ontology#done> ?done }"
                .formatted(meetings.get(0).getString("iri"))).getFirst().getJsonObject("done").getString("value"));
    }

    @Test
    void aClosedOrCancelledMeetingTakesNothingMoreAndNothingIsStored() {
        long january = id(meetings.get(0));
        long march = id(meetings.get(2));
        long item = Http.json(admin.postJson(agenda(january), item("Kuulumiset"))).getJsonNumber("id").longValue();

        HttpResponse<String> closed = admin.postJson("api/meetings/" + january + "/close", Json.createObjectBuilder().build());
        assertEquals(200, closed.statusCode(), closed.body());
        assertTrue(Http.json(closed).getBoolean("closed"));
        assertRefused(422, "closed", admin.postJson(agenda(january), item("Myöhästynyt asia")));
        assertRefused(422, "closed", patch(admin, agenda(january) + "/" + item, Json.createObjectBuilder().add("minutes", "Jälkikäteen").build()));
        assertRefused(422, "closed", admin.postJson("api/actions", action(january, ELY)));
        JsonObject agenda = Http.json(Http.get(uri(agenda(january))));
        assertEquals(1, agenda.getJsonArray("items").size());
        assertFalse(agenda.getJsonArray("items").getJsonObject(0).containsKey("minutes"));
        assertEquals(0, agenda.getJsonArray("actions").size());

        assertEquals(200, patch(admin, "api/meetings/" + march, Json.createObjectBuilder().add("cancelled", true).build()).statusCode());
        assertRefused(422, "cancelled", admin.postJson(agenda(march), item("Peruttuun kokoukseen")));
        assertRefused(422, "is empty", admin.postJson(agenda(id(meetings.get(1))), item("  ")));
        assertRefused(404, "No meeting", admin.postJson(agenda(Long.MAX_VALUE), item("Ei kokousta")));
    }

    @Test
    void slashAgendaInTheMeetingsRoomProposesAnItemAndTheBotSaysSo() throws InterruptedException {
        long january = id(meetings.get(0));
        long room = meetings.get(0).getJsonNumber("room").longValue();
        member.postJson("api/chat/conversations/" + room + "/members", Json.createObjectBuilder().build());

        HttpResponse<String> written = member.postJson("api/chat/conversations/" + room + "/messages",
                Json.createObjectBuilder().add("id", "agenda-" + UUID.randomUUID()).add("text", "/asialista Eurooppa-päivän yhteinen ohjelma").build());
        assertEquals(201, written.statusCode(), written.body());

        List<String> replies = waitFor(() -> kurkiSays(member, room), said -> !said.isEmpty());
        assertEquals(List.of("Lisätty 1.1.2027 kokouksen asialistalle kohdaksi 1: Eurooppa-päivän yhteinen ohjelma"), replies);
        assertEquals("Eurooppa-päivän yhteinen ohjelma", Http.json(Http.get(uri(agenda(january)))).getJsonArray("items").getJsonObject(0).getString("title"));

        long networkRoom = Http.jsonArray(admin.get("api/chat/conversations")).getValuesAs(JsonObject.class).stream()
                .filter(conversation -> SATAKUNTA.equals(conversation.getString("about", null))).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        admin.postJson("api/chat/conversations/" + networkRoom + "/messages",
                Json.createObjectBuilder().add("id", "agenda-" + marker).add("text", "/agenda " + marker).build());
        List<String> elsewhere = waitFor(() -> kurkiSays(admin, networkRoom), said -> said.contains("Asialistalle ehdotetaan kokouksen omassa huoneessa."));
        assertTrue(elsewhere.contains("Asialistalle ehdotetaan kokouksen omassa huoneessa."), elsewhere.toString());
    }

    private static List<String> kurkiSays(HubSession reader, long room) {
        return Http.jsonArray(reader.get("api/chat/conversations/" + room + "/events?limit=50")).getValuesAs(JsonObject.class).stream()
                .filter(event -> "Kurki".equals(event.getString("authorName", ""))).map(event -> event.getString("text", "")).toList();
    }

    private static <T> T waitFor(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            value = read.get();
        }
        return value;
    }

    private static long id(JsonObject meeting) {
        return meeting.getJsonNumber("id").longValue();
    }

    private static String agenda(long meeting) {
        return "api/meetings/" + meeting + "/agenda";
    }

    private static JsonObject item(String title) {
        return Json.createObjectBuilder().add("title", title).build();
    }

    private static JsonObject action(long meeting, String owner) {
        var action = Json.createObjectBuilder().add("meeting", meeting).add("what", "Kootaan hankkeiden tapahtumat yhteiseen kalenteriin").add("due", "2027-01-29");
        if (owner != null) {
            action.add("owner", owner);
        }
        return action.build();
    }

    private static List<Long> actionIds(JsonArray actions) {
        return actions.getValuesAs(JsonObject.class).stream().map(action -> action.getJsonNumber("id").longValue()).toList();
    }

}
