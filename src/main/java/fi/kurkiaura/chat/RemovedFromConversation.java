package fi.kurkiaura.chat;

/** An account kicked or banned from a conversation; its subscriptions end once the transaction commits. */
record RemovedFromConversation(long conversationId, long accountId) {
}
