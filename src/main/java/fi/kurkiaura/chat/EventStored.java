package fi.kurkiaura.chat;

/** An event stored in a conversation's log; observed after the commit to deliver it to subscribers. */
record EventStored(ChatEvent event, String authorName) {
}
