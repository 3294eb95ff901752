package fi.kurkiaura.coordination;

import fi.kurkiaura.chat.RoomCommands;
import fi.kurkiaura.platform.DatabaseSchema;
import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "/agenda Kesätyöt 2027" (or "/asialista", "/dagordning") in a meeting's own room proposes an
 * agenda item, as the API does, for the one who wrote it; the bot answers in the room what became
 * of it, in the language the series is named in. Elsewhere the bot says where the command works.
 */
@ApplicationScoped
public class AgendaInChat {

    static final Set<String> WORDS = Set.of("agenda", "asialista", "dagordning");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy", Locale.ROOT);

    @Inject
    RoomCommands commands;

    @Inject
    Meetings meetings;

    @Inject
    Agendas agendas;

    @Inject
    BotVoice bot;

    @Inject
    DatabaseSchema schema;

    void listenAtStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) Startup startup) {
        if (schema.problem().isEmpty()) {
            commands.register(WORDS, this::propose);
        }
    }

    void propose(RoomCommands.Command command) {
        if (!bot.present()) {
            return;
        }
        Optional<Meeting> meeting = meetings.heldIn(command.conversationId());
        String language = meeting.map(held -> held.series().titleLanguage()).orElse("fi");
        String reply;
        if (meeting.isEmpty()) {
            reply = Answers.of(language).elsewhere();
        } else if (command.argument().isEmpty()) {
            reply = Answers.of(language).empty();
        } else {
            try {
                AgendaItem item = agendas.propose(meeting.get().id(), command.argument(), null, command.authorId());
                reply = Answers.of(language).added().formatted(meeting.get().startsAt().format(DAY), item.position(), item.title());
            } catch (RefusedException refused) {
                reply = Answers.of(language).refused().formatted(refused.getMessage());
            }
        }
        bot.say(command.conversationId(), "agenda-" + command.conversationId() + "-" + command.seq(), reply);
    }

    private record Answers(String added, String empty, String elsewhere, String refused) {

        static Answers of(String language) {
            return switch (language) {
                case "sv" -> new Answers("Tillagd på dagordningen för mötet %s som punkt %d: %s", "Skriv punkten efter kommandot: /dagordning Sommarjobb 2027",
                        "Punkter föreslås i mötets eget rum.", "Punkten lades inte till: %s");
                case "en" -> new Answers("Added to the agenda of the meeting on %s as item %d: %s", "Write the item after the command: /agenda Summer jobs 2027",
                        "Agenda items are proposed in the meeting's own room.", "The item was not added: %s");
                default -> new Answers("Lisätty %s kokouksen asialistalle kohdaksi %d: %s", "Kirjoita kohta komennon perään: /asialista Kesätyöt 2027",
                        "Asialistalle ehdotetaan kokouksen omassa huoneessa.", "Kohtaa ei lisätty: %s");
            };
        }
    }
}
