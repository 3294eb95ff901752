package fi.kurkiaura.chat;

import java.util.Set;

/** A frame for some accounts wherever they are connected, sent once the transaction that caused it commits. */
record Notice(Set<Long> accounts, String frame) {
}
