package fi.kurkiaura.coordination;

import static fi.kurkiaura.coordination.MeetingsApi.ELY;
import static fi.kurkiaura.coordination.MeetingsApi.SATAKUNTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reminders inside WildFly: a meeting two days ahead is announced in its network's room by Kurki once, however many checks run at once. */
class RemindersIT extends ClientSideTest {

    @Test
    void aReminderIsWrittenOnceWithItsHostAgendaAndActionsDue() {
        HubSession admin = HubSession.withBearerToken(base(), "admin@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        String title = "Muistutettava " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate inTwoDays = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(2);
        HttpResponse<String> started = admin.postJson("api/meetings/series", Json.createObjectBuilder().add("network", SATAKUNTA).add("title", title)
                .add("rrule", "FREQ=DAILY;COUNT=1").add("start", inTwoDays + "T10:00").add("end", inTwoDays + "T12:00")
                .add("hosts", Json.createArrayBuilder().add(ELY)).build());
        assertEquals(201, started.statusCode(), started.body());
        long meeting = Http.jsonArray(Http.get(uri("api/meetings/series/" + Http.json(started).getInt("id") + "/meetings?from=" + inTwoDays + "T00:00")))
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(201, admin.postJson("api/meetings/" + meeting + "/agenda", Json.createObjectBuilder().add("title", "Tilannekatsaus").build())
                .statusCode());

        List<CompletableFuture<HttpResponse<String>>> checks = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> admin.postJson("api/meetings/reminders", Json.createObjectBuilder().build()))).toList();
        int written = checks.stream().map(CompletableFuture::join).peek(check -> assertEquals(200, check.statusCode(), check.body()))
                .mapToInt(check -> Http.json(check).getInt("written")).sum();
        assertTrue(written <= 1, "at most one of the checks wrote it (the hourly one may have): " + written);

        long room = Http.jsonArray(admin.get("api/chat/conversations")).getValuesAs(JsonObject.class).stream()
                .filter(conversation -> SATAKUNTA.equals(conversation.getString("about", null))).findFirst().orElseThrow().getJsonNumber("id").longValue();
        List<String> reminders = Http.jsonArray(admin.get("api/chat/conversations/" + room + "/events?limit=200")).getValuesAs(JsonObject.class).stream()
                .filter(event -> event.getString("text", "").contains(title)).map(event -> event.getString("text")).toList();
        assertEquals(1, reminders.size(), reminders.toString());
        assertTrue(reminders.getFirst().startsWith("Muistutus: " + title), reminders.getFirst());
        assertTrue(reminders.getFirst().contains("Isäntä: Satakunnan ELY-keskus") && reminders.getFirst().contains("1. Tilannekatsaus"),
                reminders.getFirst());
        assertEquals(0, Http.json(admin.postJson("api/meetings/reminders", Json.createObjectBuilder().build())).getInt("written"), "not again");
    }
}
