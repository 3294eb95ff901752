package fi.kurkiaura.chat;

import java.util.Locale;

/**
 * One conversation as its member (or, for a room or a peer group, a possible member) sees it in a
 * list: over REST and in the WebSocket's "conversations" frame alike. {@code about} and {@code role}
 * are left out when there are none. Of a closed conversation one is not in, only what it is shows:
 * {@code lastSeq} is 0, and {@code requested} says whether one has asked to join.
 */
public record ConversationView(long id, String kind, String title, String about, long lastSeq, boolean member, long readSeq, long unread,
        String role, boolean requested) {

    static ConversationView of(Memberships.Overview overview) {
        Conversation conversation = overview.conversation();
        boolean shown = overview.member() || conversation.kind() == ConversationKind.ROOM;
        return new ConversationView(conversation.id(), conversation.kind().name().toLowerCase(Locale.ROOT), conversation.title(),
                conversation.aboutIri().orElse(null), shown ? conversation.lastSeq() : 0, overview.member(), overview.readSeq(), overview.unread(),
                overview.role() == null ? null : overview.role().name().toLowerCase(Locale.ROOT), overview.requested());
    }
}
