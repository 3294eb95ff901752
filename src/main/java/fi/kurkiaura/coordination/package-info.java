/**
 * Network meetings: series, hosting rotation, agendas, minutes, actions, calendar feeds and clashes.
 */
package fi.kurkiaura.coordination;
