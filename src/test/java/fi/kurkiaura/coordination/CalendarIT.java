package fi.kurkiaura.coordination;

import static fi.kurkiaura.coordination.MeetingsApi.ELY;
import static fi.kurkiaura.coordination.MeetingsApi.SATAKUNTA;
import static fi.kurkiaura.coordination.MeetingsApi.assertRefused;
import static fi.kurkiaura.coordination.MeetingsApi.encode;
import static fi.kurkiaura.coordination.MeetingsApi.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RecurrenceId;
import org.junit.jupiter.api.Test;

/**
 * The calendar feeds inside WildFly, read back with ical4j: a series with a cancelled and a moved
 * meeting, a person's meetings, a project's events, and addresses that are not signed.
 */
class CalendarIT extends ClientSideTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Test
    void aNetworksFeedHasItsSeriesAsOneRuleWithItsCancelledAndMovedMeetings() throws Exception {
        HubSession admin = HubSession.withBearerToken(base(), "admin@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        JsonObject series = Http.json(admin.postJson("api/meetings/series", Json.createObjectBuilder().add("network", SATAKUNTA)
                .add("title", "Kalenteri " + UUID.randomUUID().toString().substring(0, 8)).add("rrule", "FREQ=MONTHLY;BYDAY=1FR;COUNT=6")
                .add("start", "2027-01-01T10:00").add("end", "2027-01-01T12:00").add("hosts", Json.createArrayBuilder().add(ELY)).build()));
        List<JsonObject> meetings = Http.jsonArray(Http.get(uri("api/meetings/series/" + series.getInt("id") + "/meetings?from=2027-01-01T00:00")))
                .getValuesAs(JsonObject.class);
        patch(admin, "api/meetings/" + meetings.get(1).getJsonNumber("id"), Json.createObjectBuilder().add("cancelled", true).build());
        patch(admin, "api/meetings/" + meetings.get(2).getJsonNumber("id"), Json.createObjectBuilder().add("start", "2027-03-12T13:00").build());

        String url = Http.json(admin.get("api/calendar/links?network=" + encode(SATAKUNTA))).getString("url");
        HttpResponse<String> feed = Http.get(URI.create(url));
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));

        List<VEvent> ofSeries = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> event.getProperty("UID").map(Property::getValue).orElse("").equals(series.getString("iri"))).toList();
        VEvent master = ofSeries.stream().filter(event -> event.getProperty("RECURRENCE-ID").isEmpty()).findFirst().orElseThrow();
        assertEquals("FREQ=MONTHLY;BYDAY=1FR;COUNT=6", master.getProperty("RRULE").orElseThrow().getValue().replace("COUNT=6;BYDAY=1FR", "BYDAY=1FR;COUNT=6"));
        assertEquals("Europe/Helsinki", master.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue());
        Set<LocalDateTime> starts = master.<ZonedDateTime>calculateRecurrenceSet(new Period<>(at(2027, 1, 1, 0), at(2027, 12, 1, 0))).stream()
                .map(period -> ((ZonedDateTime) period.getStart()).withZoneSameInstant(HELSINKI).toLocalDateTime()).collect(Collectors.toSet());
        Set<LocalDateTime> notCancelled = meetings.stream().filter(meeting -> !meeting.getString("start").startsWith("2027-02"))
                .map(meeting -> LocalDateTime.parse(meeting.getString("recurrenceId"))).collect(Collectors.toSet());
        assertEquals(notCancelled, starts, "the rule less the EXDATE gives the meetings that are not cancelled");

        VEvent moved = ofSeries.stream().filter(event -> event.getProperty("RECURRENCE-ID").isPresent()).findFirst().orElseThrow();
        assertEquals(at(2027, 3, 5, 10).toInstant(), instant(moved.<RecurrenceId<?>>getProperty("RECURRENCE-ID").orElseThrow().getDate()));
        assertEquals(at(2027, 3, 12, 13).toInstant(), instant(moved.<DtStart<?>>getProperty("DTSTART").orElseThrow().getDate()));
        assertEquals(2, ofSeries.size(), "the rule and the one moved meeting");
    }

    @Test
    void aPersonsFeedHasTheMeetingsTheyComeToAndAProjectsItsEvents() throws Exception {
        HubSession admin = HubSession.withBearerToken(base(), "admin@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        HubSession member = HubSession.withBearerToken(base(), "jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        JsonObject series = Http.json(admin.postJson("api/meetings/series", Json.createObjectBuilder().add("network", SATAKUNTA)
                .add("title", "Oma kalenteri " + UUID.randomUUID().toString().substring(0, 8)).add("rrule", "FREQ=MONTHLY;BYDAY=1FR;COUNT=2")
                .add("start", "2027-01-01T10:00").add("end", "2027-01-01T12:00").add("hosts", Json.createArrayBuilder().add(ELY)).build()));
        JsonObject january = Http.jsonArray(Http.get(uri("api/meetings/series/" + series.getInt("id") + "/meetings?from=2027-01-01T00:00"))).getJsonObject(0);
        member.postJson("api/chat/conversations/" + january.getInt("room") + "/members", Json.createObjectBuilder().build());
        assertEquals(200, member.putJson("api/meetings/" + january.getJsonNumber("id") + "/rsvp", Json.createObjectBuilder().add("response", "yes").build())
                .statusCode());

        Calendar mine = calendarAt(Http.json(member.get("api/calendar/links/mine")).getString("url"));
        assertTrue(mine.<VEvent>getComponents("VEVENT").stream().anyMatch(event -> event.getProperty("UID").map(Property::getValue).orElse("")
                .equals(january.getString("iri"))), "the meeting said yes to");

        Calendar inka = calendarAt(Http.json(member.get("api/calendar/links?project=" + encode("https://kurkiaura.fi/id/project/inka-satakunta")))
                .getString("url"));
        Optional<VEvent> sparringDay = inka.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> event.getProperty("SUMMARY").map(Property::getValue).orElse("").contains("sparrauspäivä")).findFirst();
        assertTrue(sparringDay.isPresent(), "INKA's events, its sparring day of 2019 among them");
        Temporal day = sparringDay.get().<DtStart<?>>getProperty("DTSTART").orElseThrow().getDate();
        assertEquals(LocalDate.of(2019, 10, 20), day, "a day without a time stays a day");
    }

    @Test
    void aFeedWithoutItsSignatureDoesNotExist() {
        HubSession member = HubSession.withBearerToken(base(), "jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        String url = Http.json(member.get("api/calendar/links?network=" + encode(SATAKUNTA))).getString("url");
        String tyohame = Http.json(member.get("api/calendar/links?network=" + encode("https://kurkiaura.fi/id/network/tyohame"))).getString("url");

        assertRefused(404, "No such calendar", Http.get(URI.create(url.replaceFirst("sig=.", "sig=x"))));
        assertRefused(404, "No such calendar", Http.get(URI.create(url.substring(0, url.indexOf('?')))));
        assertRefused(404, "No such calendar", Http.get(URI.create(url.replace("satakunnan-hankeyhteistyo", "tyohame"))));
        assertEquals(200, Http.get(URI.create(tyohame)).statusCode());
        String mine = Http.json(member.get("api/calendar/links/mine")).getString("url");
        Matcher account = Pattern.compile("/account/(\\d+)").matcher(mine);
        assertTrue(account.find(), mine);
        String someoneElses = mine.replace(account.group(), "/account/" + (Long.parseLong(account.group(1)) + 1));
        assertRefused(404, "No such calendar", Http.get(URI.create(someoneElses)));
        assertEquals(401, Http.send(HttpRequest.newBuilder(uri("api/calendar/links/mine"))).statusCode());
    }

    private static Calendar calendarAt(String url) throws Exception {
        HttpResponse<String> feed = Http.get(URI.create(url));
        assertEquals(200, feed.statusCode(), feed.body());
        return new CalendarBuilder().build(new StringReader(feed.body()));
    }

    private static Instant instant(Temporal time) {
        return ((ZonedDateTime) time).toInstant();
    }

    private static ZonedDateTime at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, HELSINKI);
    }
}
