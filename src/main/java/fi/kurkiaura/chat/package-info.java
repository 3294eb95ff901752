/**
 * Conversations (rooms, peer groups, direct messages), their messages and the WebSocket protocol.
 */
package fi.kurkiaura.chat;
