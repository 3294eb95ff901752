package fi.kurkiaura.coordination;

import fi.kurkiaura.graph.GraphStore;
import fi.kurkiaura.identity.Accounts;
import fi.kurkiaura.platform.DatabaseSchema;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, lays out every series' meetings up to a year ahead, and with the demo on
 * ({@code KURKIAURA_DEMO=true}) starts the seed networks' meeting series the first time: the
 * Satakunta project network's monthly meetings of 2020 (first Friday, the host changing monthly,
 * on Teams from April), and TyöHäme's cooperation meetings, hosted in turn by its municipalities.
 */
@ApplicationScoped
public class MeetingsAtStartup {

    private static final Logger LOG = Logger.getLogger(MeetingsAtStartup.class.getName());
    private static final String ID = "https://kurkiaura.fi/id/";
    static final String SATAKUNTA = ID + "network/satakunnan-hankeyhteistyo";
    static final String TYOHAME = ID + "network/tyohame";

    @Inject
    Meetings meetings;

    @Inject
    Accounts accounts;

    @Inject
    DatabaseSchema schema;

    @Inject
    GraphStore graph;

    @Inject
    @ConfigProperty(name = "kurkiaura.demo", defaultValue = "false")
    boolean demo;

    /** After the demo's accounts and rooms (DemoConversations opens them only while there are none). */
    void layOutAtStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 620) Startup startup) {
        if (schema.problem().isPresent() || graph.problem().isPresent()) {
            return;
        }
        meetings.layOutAll();
        if (demo && meetings.seriesOf(SATAKUNTA).isEmpty() && meetings.seriesOf(TYOHAME).isEmpty()) {
            startDemoSeries();
            LOG.info("Started the demo's meeting series");
        }
    }

    private void startDemoSeries() {
        long admin = accounts.byEmail("admin@demo.kurkiaura.fi").orElseThrow().id();
        MeetingSeries satakunta = meetings.start(new Meetings.Plan(SATAKUNTA, "Satakunnan hankeyhteistyön kuukausitapaaminen", "fi",
                "FREQ=MONTHLY;BYDAY=1FR;UNTIL=20201231", LocalDateTime.of(2020, 1, 3, 9, 0), LocalDateTime.of(2020, 1, 3, 11, 0), Place.UNKNOWN,
                List.of(ID + "organisation/satakunnan-ely-keskus", ID + "organisation/porin-kaupunki", ID + "organisation/porin-seudun-tyottomat-ry",
                        ID + "organisation/tyoterveyslaitos")), admin);
        Place teams = new Place(Optional.empty(), Optional.of("https://teams.microsoft.com/"));
        meetings.meetingsBetween(satakunta.id(), LocalDateTime.of(2020, 4, 1, 0, 0), LocalDateTime.of(2021, 1, 1, 0, 0)).forEach(meeting ->
                meetings.change(meeting.id(), new Meetings.Change(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(teams)), admin));
        long coordinator = accounts.byEmail("koordinaattori@demo.kurkiaura.fi").orElseThrow().id();
        meetings.start(new Meetings.Plan(TYOHAME, "TyöHämeen yhteistyöpalaveri", "fi", "FREQ=MONTHLY;BYDAY=1FR",
                LocalDateTime.of(2026, 1, 2, 9, 0), LocalDateTime.of(2026, 1, 2, 11, 0),
                new Place(Optional.of(ID + "place/tyohame-hameenlinnan-toimipiste"), Optional.empty()),
                List.of(ID + "organisation/hameenlinnan-kaupunki", ID + "organisation/hattulan-kunta", ID + "organisation/forssan-kaupunki",
                        ID + "organisation/tammelan-kunta", ID + "organisation/jokioisten-kunta", ID + "organisation/ypajan-kunta",
                        ID + "organisation/humppilan-kunta")), coordinator);
    }
}
