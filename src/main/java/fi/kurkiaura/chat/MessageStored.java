package fi.kurkiaura.chat;

/** A message stored in a conversation; observed after the commit to deliver it to subscribers. */
record MessageStored(ChatEvent event, String authorName) {
}
