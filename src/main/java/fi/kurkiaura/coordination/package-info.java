/**
 * Network meetings: series and their hosting turns, agendas, minutes and actions, RSVPs, calendar feeds and reminders.
 */
package fi.kurkiaura.coordination;
