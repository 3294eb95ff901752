package fi.kurkiaura.chat;

import java.util.List;

/**
 * The events one transaction stored, in the order of their sequence numbers; observed after the
 * commit to deliver them to subscribers and to tell the mentioned wherever they are connected.
 * One notification per transaction keeps them in order: notifications of their own would reach
 * the observers in no promised order.
 */
record EventsStored(List<EventStored> events) {
}
