package fi.kurkiaura.bot;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.StringJoiner;

/**
 * Kurki's messages in the chat: plain text (the chat shows text, never markup), one line per
 * answer with why it fits, and a line under it with what to do next: the provider, a contact,
 * the next related event, the conversation to join.
 */
final class ChatReplies {

    /** How many peer groups a list shows before saying how many more there are. */
    static final int LISTED = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private ChatReplies() {
    }

    /** A routing as a chat message: the reply, the answers, and the clarifying question with its options. */
    static String of(Routing routing) {
        Language language = Language.ofCode(routing.lang()).orElse(Language.FI);
        StringJoiner message = new StringJoiner("\n");
        message.add(routing.reply());
        numbered(routing.answers(), language, message, true);
        if (routing.clarify() != null) {
            message.add(routing.clarify().question() + " " + String.join(" / ", routing.clarify().options()));
        }
        return message.toString();
    }

    /** Coming events, soonest first, with their days. */
    static String events(List<Routing.Answer> events, String topic, Language language) {
        if (events.isEmpty()) {
            return switch (language) {
                case FI -> "Kalenterissa ei ole tulevia tapahtumia" + (topic.isBlank() ? "." : " aiheesta " + topic + ".");
                case SV -> "Det finns inga kommande evenemang i kalendern" + (topic.isBlank() ? "." : " om " + topic + ".");
                case EN -> "There are no coming events in the calendar" + (topic.isBlank() ? "." : " about " + topic + ".");
            };
        }
        StringJoiner message = new StringJoiner("\n");
        message.add(switch (language) {
            case FI -> "Tulevat tapahtumat" + (topic.isBlank() ? ":" : " aiheesta " + topic + ":");
            case SV -> "Kommande evenemang" + (topic.isBlank() ? ":" : " om " + topic + ":");
            case EN -> "Coming events" + (topic.isBlank() ? ":" : " about " + topic + ":");
        });
        numbered(events, language, message, !topic.isBlank());
        return message.toString();
    }

    /** The peer groups the asker may ask to join, by title. */
    static String peerGroups(List<String> titles, Language language) {
        if (titles.isEmpty()) {
            return switch (language) {
                case FI -> "Avoimia vertaisryhmiä, joihin et jo kuulu, ei nyt ole.";
                case SV -> "Det finns nu inga öppna kamratgrupper som du inte redan är med i.";
                case EN -> "There are no open peer groups you are not in already.";
            };
        }
        StringJoiner message = new StringJoiner("\n");
        message.add(switch (language) {
            case FI -> "Vertaisryhmät, joihin voit pyytää liittymistä chatin keskustelulistasta:";
            case SV -> "Kamratgrupper du kan be att få gå med i från chattens lista:";
            case EN -> "Peer groups you can ask to join from the chat's list:";
        });
        titles.stream().limit(LISTED).forEach(title -> message.add("- " + title));
        if (titles.size() > LISTED) {
            int more = titles.size() - LISTED;
            message.add(switch (language) {
                case FI -> "…ja " + more + " muuta.";
                case SV -> "…och " + more + " till.";
                case EN -> "…and " + more + " more.";
            });
        }
        return message.toString();
    }

    /** The commands, after the bot's help. */
    static String help(Language language) {
        return Replies.help(language) + "\n" + switch (language) {
            case FI -> "Chatissa mainitse @Kurki tai kirjoita minulle yksityisesti. Komennot: /kuka <aihe> [kunta] (kuka tekee mitä), "
                    + "/tapahtumat [aihe] (tulevat tapahtumat), /ryhmät (vertaisryhmät, joihin voi liittyä).";
            case SV -> "I chatten nämner du @Kurki eller skriver till mig privat. Kommandon: /vem <ämne> [kommun] (vem gör vad), "
                    + "/evenemang [ämne] (kommande evenemang), /grupper (kamratgrupper att gå med i).";
            case EN -> "In the chat, mention @Kurki or write to me directly. Commands: /who <topic> [municipality] (who does what), "
                    + "/events [topic] (coming events), /groups (peer groups to join).";
        };
    }

    /** What "/kuka" needs to be followed by. */
    static String whoNeedsTopic(Language language) {
        return switch (language) {
            case FI -> "Kerro aihe, esimerkiksi: /kuka työkokeilu Forssa";
            case SV -> "Ange ett ämne, till exempel: /vem arbetsprövning Forssa";
            case EN -> "Give a topic, for example: /who work trial Forssa";
        };
    }

    private static void numbered(List<Routing.Answer> answers, Language language, StringJoiner message, boolean why) {
        int number = 1;
        for (Routing.Answer answer : answers) {
            String day = answer.starts() == null ? "" : " " + DAY.format(answer.starts());
            message.add(number++ + ". " + answer.label() + day + (why ? " (" + answer.why() + ")" : ""));
            StringJoiner next = new StringJoiner(" · ");
            String provider = answer.provider() == null ? null : Replies.provider(language, answer.provider().label());
            if (provider != null && !answer.why().contains(provider)) {
                next.add(provider);
            }
            if (answer.contact() != null) {
                next.add(answer.contact());
            }
            if (answer.next() != null) {
                next.add(Replies.nextEvent(language, answer.next().label(), DAY.format(answer.next().starts())));
            }
            if (answer.join() != null) {
                next.add(Replies.join(language, answer.join().title(), answer.join().kind().equals("peer_group")));
            }
            next.add(answer.iri());
            message.add("   " + next);
        }
    }
}
