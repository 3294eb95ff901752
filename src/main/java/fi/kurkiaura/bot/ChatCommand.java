package fi.kurkiaura.bot;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A command to Kurki in the chat: {@code /kuka <aihe> [kunta]} (who does what, where),
 * {@code /tapahtumat [aihe]} (coming events), {@code /ryhmät} (peer groups open to join) and
 * {@code /apua}; each also in Swedish and English ({@code /vem}, {@code /evenemang},
 * {@code /grupper}, {@code /hjälp}; {@code /who}, {@code /events}, {@code /groups}, {@code /help}),
 * answered in the command's language. Any other command gets the help.
 */
record ChatCommand(Action action, String topic, Language language) {

    /** What the command asks for. */
    enum Action {
        WHO, EVENTS, GROUPS, HELP
    }

    private record Word(Action action, Language language) {
    }

    private static final Map<String, Word> WORDS = Map.ofEntries(
            Map.entry("kuka", new Word(Action.WHO, Language.FI)), Map.entry("vem", new Word(Action.WHO, Language.SV)),
            Map.entry("who", new Word(Action.WHO, Language.EN)),
            Map.entry("tapahtumat", new Word(Action.EVENTS, Language.FI)), Map.entry("evenemang", new Word(Action.EVENTS, Language.SV)),
            Map.entry("events", new Word(Action.EVENTS, Language.EN)),
            Map.entry("ryhmät", new Word(Action.GROUPS, Language.FI)), Map.entry("ryhmat", new Word(Action.GROUPS, Language.FI)),
            Map.entry("grupper", new Word(Action.GROUPS, Language.SV)), Map.entry("groups", new Word(Action.GROUPS, Language.EN)),
            Map.entry("apua", new Word(Action.HELP, Language.FI)), Map.entry("ohje", new Word(Action.HELP, Language.FI)),
            Map.entry("hjälp", new Word(Action.HELP, Language.SV)), Map.entry("help", new Word(Action.HELP, Language.EN)));

    /** The command a message (without the mention of Kurki) gives, if it starts with "/". */
    static Optional<ChatCommand> of(String message) {
        String text = message.strip();
        if (!text.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = text.substring(1).split("\\s+", 2);
        String topic = parts.length > 1 ? parts[1].strip() : "";
        Word word = WORDS.getOrDefault(parts[0].toLowerCase(Locale.ROOT), new Word(Action.HELP, Language.FI));
        return Optional.of(new ChatCommand(word.action(), topic, word.language()));
    }
}
