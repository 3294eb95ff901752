package fi.kurkiaura.bot;

import java.util.List;

/**
 * The bot's answer to one question: the language it answered in, the reply to show, whether it
 * fell back to offering a human, the clarifying question it asks (or null), the answers, best
 * first, the token to give feedback on them with (null when the question could not be kept), and
 * whether the question was handed over to the coordinators. Serialised as the
 * {@code POST /api/bot/ask} contract; a null field (no clarifying question, no token) is left out
 * of the JSON, as JSON-B does by default.
 */
public record Routing(String lang, String reply, boolean fallback, Clarification clarify, List<Answer> answers, String question,
        boolean handedOver) {

    Routing(String lang, String reply, boolean fallback, Clarification clarify, List<Answer> answers) {
        this(lang, reply, fallback, clarify, answers, null, false);
    }

    /** This answer, with the token its asker gives feedback with. */
    Routing kept(String token) {
        return new Routing(lang, reply, fallback, clarify, answers, token, handedOver);
    }

    /** This answer with other answers (the same, with the conversations to join). */
    Routing answering(List<Answer> others) {
        return new Routing(lang, reply, fallback, clarify, others, question, handedOver);
    }

    /** This fallback, handed over to the coordinators (or not), saying so. */
    Routing handedOver(boolean told, String toldReply) {
        return new Routing(lang, toldReply, fallback, clarify, answers, question, told);
    }

    /**
     * One resource the bot routes to, and why; with, where the graph or the chat has them, the day
     * it starts (an event), its provider, a contact (its web site, else its provider's), the next
     * event related to it, and the conversation to join about it.
     */
    public record Answer(String iri, String type, String label, String why, double score, java.time.LocalDate starts, Link provider,
            String contact, Dated next, Join join) {

        /** This answer with a conversation to join. */
        Answer joining(Join conversation) {
            return new Answer(iri, type, label, why, score, starts, provider, contact, next, conversation);
        }
    }

    /** A resource of the graph by its name. */
    public record Link(String iri, String label) {
    }

    /** An event by its name and the day it starts. */
    public record Dated(String iri, String label, java.time.LocalDate starts) {
    }

    /** A conversation of the chat: a room anyone logged in may join, or a peer group to ask to join. */
    public record Join(long conversation, String kind, String title) {
    }

    /** A question back to the asker when the answer depends on a fact they did not give, with the options to pick from. */
    public record Clarification(String question, List<String> options) {
    }
}
