/**
 * Conversations (rooms, peer groups, direct messages, the coordinators' own), their messages, the
 * programs that take part in them, and the WebSocket protocol.
 */
package fi.kurkiaura.chat;
