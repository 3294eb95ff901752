package fi.kurkiaura.bot;

import java.util.List;

/**
 * The bot's answer to one question: the language it answered in, the reply to show, whether it
 * fell back to offering a human, the clarifying question it asks (or null), the answers, best
 * first, and the token to give feedback on them with (null when the question could not be kept).
 * Serialised as the {@code POST /api/bot/ask} contract; a null field (no clarifying question, no
 * token) is left out of the JSON, as JSON-B does by default.
 */
public record Routing(String lang, String reply, boolean fallback, Clarification clarify, List<Answer> answers, String question) {

    /** This answer, with the token its asker gives feedback with. */
    Routing kept(String token) {
        return new Routing(lang, reply, fallback, clarify, answers, token);
    }

    /** One resource the bot routes to, and why. */
    public record Answer(String iri, String type, String label, String why, double score) {
    }

    /** A question back to the asker when the answer depends on a fact they did not give, with the options to pick from. */
    public record Clarification(String question, List<String> options) {
    }
}
