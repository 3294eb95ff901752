package fi.kurkiaura.chat;

import java.util.Locale;

/**
 * One conversation as its member (or, for a room, a possible member) sees it in a list: over REST
 * and in the WebSocket's "conversations" frame alike. {@code about} and {@code role} are left out
 * when there are none.
 */
public record ConversationView(long id, String kind, String title, String about, long lastSeq, boolean member, long readSeq, long unread,
        String role) {

    static ConversationView of(Memberships.Overview overview) {
        Conversation conversation = overview.conversation();
        return new ConversationView(conversation.id(), conversation.kind().name().toLowerCase(Locale.ROOT), conversation.title(),
                conversation.aboutIri().orElse(null), conversation.lastSeq(), overview.member(), overview.readSeq(), overview.unread(),
                overview.role() == null ? null : overview.role().name().toLowerCase(Locale.ROOT));
    }
}
