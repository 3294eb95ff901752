/**
 * The bot that routes a question in Finnish, Swedish or English to the right part of the network.
 */
package fi.kurkiaura.bot;
