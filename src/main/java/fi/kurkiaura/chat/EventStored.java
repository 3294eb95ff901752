package fi.kurkiaura.chat;

import java.util.Set;

/** An event stored in a conversation's log, with the accounts its text mentions. */
record EventStored(ChatEvent event, String authorName, Set<Long> mentioned) {
}
