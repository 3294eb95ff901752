package fi.kurkiaura.coordination;

import fi.kurkiaura.chat.Conversation;
import fi.kurkiaura.chat.ConversationKind;
import fi.kurkiaura.chat.Conversations;
import fi.kurkiaura.platform.DatabaseSchema;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bot (Kurki) reminds each network of its meetings a few days before: in the network's room
 * (the meeting's own room when the network has none) it writes when and where, who hosts, the
 * agenda and the actions due. Every node looks for due reminders each hour, but a reminder is
 * written once: its message id names the meeting and its start, and the chat stores a message id
 * once (a unique key), so the second node's write is a repeat that stores nothing. The same check
 * lays out the meetings of the year ahead, day by day.
 */
@ApplicationScoped
public class MeetingReminders {

    private static final Logger LOG = Logger.getLogger(MeetingReminders.class.getName());
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm", Locale.ROOT);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Meetings meetings;

    @Inject
    Agendas agendas;

    @Inject
    OrganisedEvents names;

    @Inject
    Conversations conversations;

    @Inject
    BotVoice bot;

    @Inject
    DatabaseSchema schema;

    @Inject
    @ConfigProperty(name = "kurkiaura.meetings.reminder-days", defaultValue = "3")
    int daysBefore;

    Clock clock = Clock.systemUTC();

    private ScheduledFuture<?> checking;
    private volatile LocalDate laidOutOn;

    /** After the bot has taken its place in the chat (KurkiInChat at APPLICATION + 650). */
    void startChecking(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) Startup startup) {
        checking = scheduler.scheduleWithFixedDelay(this::checkQuietly, 1, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stopChecking() {
        if (checking != null) {
            checking.cancel(false);
        }
    }

    /** Writes the reminders due now; returns how many this call wrote (a repeat of another node's counts not). */
    public int remindOfDueMeetings() {
        if (!bot.present()) {
            return 0;
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(Recurrence.ZONE));
        int written = 0;
        for (Meeting meeting : meetings.startingBetween(now, now.plusDays(daysBefore))) {
            Optional<Long> room = roomFor(meeting);
            if (room.isPresent() && remind(meeting, room.get())) {
                written++;
            }
        }
        return written;
    }

    private void checkQuietly() {
        if (schema.problem().isPresent()) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(clock.withZone(Recurrence.ZONE));
            if (!today.equals(laidOutOn)) {
                meetings.layOutAll();
                laidOutOn = today;
            }
            remindOfDueMeetings();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminding of meetings failed; trying again in an hour", e);
        }
    }

    private boolean remind(Meeting meeting, long room) {
        MeetingSeries series = meeting.series();
        Agendas.Agenda agenda = agendas.agendaOf(meeting.id());
        LocalDate day = meeting.startsAt().toLocalDate();
        List<ActionItem> due = agenda.carriedOver().stream().filter(action -> !action.due().isAfter(day)).toList();
        Place place = meeting.place();
        Set<String> named = new LinkedHashSet<>();
        meeting.host().ifPresent(named::add);
        place.locationIri().ifPresent(named::add);
        due.forEach(action -> named.add(action.ownerIri()));
        Map<String, String> known = names.namesOf(named);
        String text = ReminderText.of(series.titleLanguage(), series.title(), meeting.startsAt(), meeting.endsAt(),
                place.locationIri().map(location -> known.getOrDefault(location, location)).or(place::onlineUrl),
                meeting.host().map(host -> known.getOrDefault(host, host)), agenda.items().stream().map(AgendaItem::title).toList(),
                due.stream().map(action -> new ReminderText.Due(action.what(), known.getOrDefault(action.ownerIri(), action.ownerIri()), action.due()))
                        .toList());
        return bot.say(room, "reminder-" + meeting.id() + "-" + meeting.startsAt().format(ID_TIME), text);
    }

    /** The network's room, the oldest if several; else the meeting's own. */
    private Optional<Long> roomFor(Meeting meeting) {
        return conversations.joinableAbout(List.of(meeting.series().networkIri())).stream().filter(room -> room.kind() == ConversationKind.ROOM)
                .map(Conversation::id).findFirst().or(meeting::conversationId);
    }
}
