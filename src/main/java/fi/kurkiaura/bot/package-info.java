/**
 * The bot: understands a question in Finnish, Swedish or English and routes the asker to the right
 * project, service, organisation, person, event or peer group of the network graph, saying why.
 */
package fi.kurkiaura.bot;
