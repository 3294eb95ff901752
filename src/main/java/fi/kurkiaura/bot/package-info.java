/**
 * The bot: understands a question in Finnish, Swedish or English and routes the asker to the right
 * project, service, organisation, person, event or peer group of the network graph, saying why, in
 * the panel and as "Kurki" in the chat, and hands what it cannot answer to the coordinators.
 */
package fi.kurkiaura.bot;
