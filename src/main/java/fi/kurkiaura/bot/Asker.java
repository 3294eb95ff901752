package fi.kurkiaura.bot;

/**
 * Who asked the bot and where, as the coordinators are told when the bot hands a question over:
 * a logged-in member by their name (so that a coordinator can write to them), or nobody known.
 */
public record Asker(String name, String where) {

    static final Asker ANONYMOUS = new Asker(null, "bottipaneelissa");

    /** A member asking in the bot panel. */
    static Asker inPanel(String name) {
        return new Asker(name, "bottipaneelissa");
    }

    /** A member asking in a chat conversation. */
    static Asker inChat(String name, String conversation) {
        return new Asker(name, "chatissa (" + conversation + ")");
    }

    boolean known() {
        return name != null;
    }
}
