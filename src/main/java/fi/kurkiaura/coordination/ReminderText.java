package fi.kurkiaura.coordination;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the bot writes in a network's room before a meeting: when and where it is, who hosts it,
 * its agenda, and the actions due by then; in the language the series is named in.
 */
final class ReminderText {

    /** One action due: what, whose (by name), and by when. */
    record Due(String what, String owner, LocalDate by) {
    }

    private record Words(String reminder, String[] weekdays, String at, String host, String agenda, String noAgenda, String due, String place) {
    }

    private static final Words FINNISH = new Words("Muistutus", new String[] {"ma", "ti", "ke", "to", "pe", "la", "su"}, "klo", "Isäntä",
            "Asialista", "Asialistalla ei ole vielä kohtia; ehdota niitä kokouksen huoneessa.", "Erääntyvät toimenpiteet", "Paikka");
    private static final Words SWEDISH = new Words("Påminnelse", new String[] {"mån", "tis", "ons", "tor", "fre", "lör", "sön"}, "kl.", "Värd",
            "Dagordning", "Dagordningen har inga punkter ännu; föreslå dem i mötets rum.", "Åtgärder som förfaller", "Plats");
    private static final Words ENGLISH = new Words("Reminder", new String[] {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}, "at", "Host",
            "Agenda", "The agenda has no items yet; propose them in the meeting's room.", "Actions due", "Place");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm", Locale.ROOT);

    private ReminderText() {
    }

    static String of(String language, String title, LocalDateTime start, LocalDateTime end, Optional<String> place, Optional<String> host,
            List<String> agenda, List<Due> due) {
        Words words = switch (language) {
            case "sv" -> SWEDISH;
            case "en" -> ENGLISH;
            default -> FINNISH;
        };
        StringBuilder text = new StringBuilder(words.reminder()).append(": ").append(title).append(' ')
                .append(words.weekdays()[start.getDayOfWeek().getValue() - 1]).append(' ').append(start.format(DAY)).append(' ')
                .append(words.at()).append(' ').append(start.format(TIME)).append('–').append(end.format(TIME));
        place.ifPresent(where -> text.append("\n").append(words.place()).append(": ").append(where));
        host.ifPresent(who -> text.append("\n").append(words.host()).append(": ").append(who));
        if (agenda.isEmpty()) {
            text.append("\n").append(words.noAgenda());
        } else {
            text.append("\n").append(words.agenda()).append(':');
            for (int i = 0; i < agenda.size(); i++) {
                text.append("\n").append(i + 1).append(". ").append(agenda.get(i));
            }
        }
        if (!due.isEmpty()) {
            text.append("\n").append(words.due()).append(':');
            due.forEach(action -> text.append("\n– ").append(action.what()).append(" (").append(action.owner()).append(", ")
                    .append(action.by().format(DAY)).append(')'));
        }
        return text.toString();
    }
}
