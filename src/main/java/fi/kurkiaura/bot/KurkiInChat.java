package fi.kurkiaura.bot;

import fi.kurkiaura.chat.Addressed;
import fi.kurkiaura.chat.Assistants;
import fi.kurkiaura.chat.Conversation;
import fi.kurkiaura.chat.ConversationKind;
import fi.kurkiaura.chat.Conversations;
import fi.kurkiaura.chat.GroupCommit;
import fi.kurkiaura.chat.Memberships;
import fi.kurkiaura.platform.DatabaseSchema;
import fi.kurkiaura.platform.RefusedException;
import fi.kurkiaura.platform.UnavailableException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The bot as a member of the chat, "Kurki": it answers a message that mentions it in a room (joining
 * the room the first time), every message in a direct conversation with it, and a mention in a
 * closed conversation someone added it to. Questions get what {@link Bot#ask} gives, as text;
 * commands ({@link ChatCommand}) list who does what, coming events and open peer groups. A question
 * it cannot answer goes to the coordinators with the asker's name, so that they can write back.
 * Its answer to message {@code seq} has the client id {@code kurki-<seq>}, so the same message is never
 * answered twice in one conversation.
 */
@ApplicationScoped
public class KurkiInChat {

    private static final Logger LOG = Logger.getLogger(KurkiInChat.class.getName());
    private static final Pattern MENTION = Pattern.compile("(?iu)@" + KurkiAccount.NAME + "(?![\\p{L}\\p{N}])[,:;.!]?");
    /** "/kuka" asks who does what: the actors, and the projects and services they run, not events or places. */
    private static final Set<Kind> WHO = EnumSet.complementOf(EnumSet.of(Kind.EVENT, Kind.PLACE));
    private static final int EVENTS = 5;

    @Inject
    DatabaseSchema schema;

    @Inject
    KurkiAccount kurki;

    @Inject
    Assistants assistants;

    @Inject
    Bot bot;

    @Inject
    Conversations conversations;

    @Inject
    Memberships memberships;

    @Inject
    GroupCommit groupCommit;

    /** Takes its place in the chat after the accounts and the bot's first reading of the graph. */
    void joinAtStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 650) Startup startup) {
        if (schema.problem().isEmpty()) {
            assistants.register(kurki.id(), KurkiAccount.NAME, this::answer);
        }
    }

    void answer(Addressed message) {
        Conversation conversation = conversations.find(message.conversationId()).orElseThrow();
        String reply = replyTo(message, conversation);
        if (message.conversationKind() == ConversationKind.ROOM) {
            memberships.joinRoom(message.conversationId(), kurki.id());
        }
        groupCommit.send(message.conversationId(), kurki.id(), "kurki-" + message.seq(), reply).whenComplete((sent, refused) -> {
            if (refused != null) {
                LOG.log(Level.INFO, refused, () -> "Kurki's answer to message " + message.seq() + " of conversation " + message.conversationId()
                        + " was not stored");
            }
        });
    }

    private String replyTo(Addressed message, Conversation conversation) {
        String text = MENTION.matcher(message.text()).replaceAll(" ").strip();
        try {
            return ChatCommand.of(text).map(command -> run(command, message, conversation))
                    .orElseGet(() -> text.isEmpty() ? ChatReplies.help(bot.languageOf(message.text()))
                            : ChatReplies.of(bot.ask(text, null, asker(message, conversation))));
        } catch (UnavailableException e) {
            return "Luen vielä verkoston tietoja; kysy hetken päästä uudelleen. / I am still reading the network; ask again in a moment.";
        } catch (RefusedException e) {
            return e.getMessage();
        }
    }

    private String run(ChatCommand command, Addressed message, Conversation conversation) {
        Language language = command.language();
        return switch (command.action()) {
            case WHO -> command.topic().isEmpty() ? ChatReplies.whoNeedsTopic(language)
                    : ChatReplies.of(bot.answer(command.topic(), language.code(), asker(message, conversation), WHO));
            case EVENTS -> ChatReplies.events(bot.comingEvents(command.topic(), language, EVENTS), command.topic(), language);
            case GROUPS -> ChatReplies.peerGroups(openPeerGroups(message.authorId()), language);
            case HELP -> ChatReplies.help(language);
        };
    }

    /** The peer groups the account is not in and may ask to join. */
    private List<String> openPeerGroups(long accountId) {
        return memberships.overview(accountId).stream()
                .filter(overview -> !overview.member() && overview.conversation().kind() == ConversationKind.PEER_GROUP)
                .map(overview -> overview.conversation().title()).toList();
    }

    private static Asker asker(Addressed message, Conversation conversation) {
        return Asker.inChat(message.authorName(), conversation.kind() == ConversationKind.DIRECT ? "yksityisviestissä Kurjelle" : "«" + conversation.title() + "»");
    }
}
