package fi.kurkiaura.chat;

/**
 * A message addressed to a program of the hub that takes part in the chat ({@link Assistants}): it
 * mentioned the program by name ("@Kurki") in a room, or was written in a direct conversation with
 * it, or mentioned it in a closed conversation it is a member of.
 */
public record Addressed(long assistantId, long conversationId, ConversationKind conversationKind, long seq, long authorId, String authorName,
        String text) {
}
