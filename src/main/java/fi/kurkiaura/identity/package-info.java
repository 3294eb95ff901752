/**
 * Accounts, login, roles, invitations and the access rules checked on every read and write.
 */
package fi.kurkiaura.identity;
