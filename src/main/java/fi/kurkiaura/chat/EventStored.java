package fi.kurkiaura.chat;

import java.util.Set;

/**
 * An event stored in a conversation's log, with the accounts its text mentions; observed after the
 * commit to deliver it to subscribers and to tell the mentioned wherever they are connected.
 */
record EventStored(ChatEvent event, String authorName, Set<Long> mentioned) {
}
