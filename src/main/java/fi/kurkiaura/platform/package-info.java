/**
 * Infrastructure every feature may use and none owns: the REST application, JSON error responses,
 * the relational database's schema and readiness.
 */
package fi.kurkiaura.platform;
