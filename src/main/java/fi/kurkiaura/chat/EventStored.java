package fi.kurkiaura.chat;

import java.util.List;
import java.util.Set;

/** An event stored in a conversation's log, with the accounts its text mentions, and what of it is addressed to assistants. */
record EventStored(ChatEvent event, String authorName, Set<Long> mentioned, List<Addressed> addressed) {
}
